package org.gongkai.app.catalog;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search on the catalog's items: the Lucene backend's directory from {@link SearchProperties}
 * and the Chinese analyzer ({@link ChineseAnalysis}), handed over as instances so that neither class has
 * to be public.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {
    @Bean
    HibernatePropertiesCustomizer catalogSearchProperties(SearchProperties search) {
        return properties -> {
            properties.put(
                    "hibernate.search.backend.directory.root",
                    search.indexDirectory().toAbsolutePath().toString());
            properties.put("hibernate.search.backend.analysis.configurer", new ChineseAnalysis.Configurer());
        };
    }
}
