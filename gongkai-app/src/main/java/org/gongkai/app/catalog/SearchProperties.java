package org.gongkai.app.catalog;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the catalog's search index lives (the embedded Lucene backend): under the data folder, beside
 * the embedded database. A missing or empty index is rebuilt from the database at start.
 *
 * <pre>
 * gongkai.search.index-directory=./data/index
 * </pre>
 */
@ConfigurationProperties("gongkai.search")
record SearchProperties(@DefaultValue("./data/index") Path indexDirectory) {}
