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
 * gongkai.search.shards=2                            # lucene only: parts of the index searched in parallel
 * gongkai.search.opensearch.uris=https://search-1.example:9200,https://search-2.example:9200
 * gongkai.search.opensearch.username=gongkai         # optional, with password
 * gongkai.search.opensearch.password=…
 * </pre>
 *
 * <p>{@code shards}: the embedded index is split into this many parts by item id ({@link IdShards}); a search
 * runs on every part at once, one thread each, and merges the best hits ({@link CatalogSearch}), so a query
 * matching much of a large catalog uses every core, as a cluster does with its shards. Changing it rebuilds the
 * index at the next start ({@link SearchIndex}). An OpenSearch cluster shards its index itself.
 */
@ConfigurationProperties("gongkai.search")
record SearchProperties(
        @DefaultValue("./data/index") Path indexDirectory,
        @DefaultValue("lucene") Backend backend,
        @DefaultValue OpenSearch opensearch,
        @DefaultValue("2") int shards) {

    /** The most shards an embedded index may be split into. */
    static final int MAX_SHARDS = 16;

    SearchProperties {
        if (shards < 1 || shards > MAX_SHARDS) {
            throw new IllegalArgumentException("gongkai.search.shards=" + shards + "：应为 1 到 " + MAX_SHARDS + " 之间的整数");
        }
    }

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
