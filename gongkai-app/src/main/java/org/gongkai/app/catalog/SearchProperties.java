package org.gongkai.app.catalog;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the catalog's search index lives. One node (the default): the embedded Lucene backend, its index
 * under the data folder beside the embedded database; a missing or empty index is rebuilt from the database
 * at start. Several nodes ({@code gongkai.nodes} above 1): an OpenSearch (or Elasticsearch) cluster that
 * every node shares, fed through the outbox table (docs/adr/0008-search-on-opensearch.md).
 *
 * <pre>
 * gongkai.search.backend=lucene                      # or opensearch
 * gongkai.search.index-directory=./data/index        # lucene only
 * gongkai.search.opensearch.uris=https://search-1.example:9200,https://search-2.example:9200
 * gongkai.search.opensearch.username=gongkai         # optional, with password
 * gongkai.search.opensearch.password=…
 * </pre>
 */
@ConfigurationProperties("gongkai.search")
record SearchProperties(
        @DefaultValue("./data/index") Path indexDirectory,
        @DefaultValue("lucene") Backend backend,
        @DefaultValue OpenSearch opensearch) {

    /** Which engine holds the index. */
    enum Backend {
        /** The embedded Lucene index of this node: one node only. */
        LUCENE,
        /** A cluster shared by every node, changes coordinated through the outbox table. */
        OPENSEARCH
    }

    /**
     * The cluster's addresses and, when it asks for them, the credentials (HTTP basic). The cluster must answer
     * when a node starts: Hibernate Search asks its distribution and version, and creates the index or checks
     * its mapping and analysis.
     */
    record OpenSearch(@DefaultValue("http://127.0.0.1:9200") List<URI> uris, String username, String password) {}
}
