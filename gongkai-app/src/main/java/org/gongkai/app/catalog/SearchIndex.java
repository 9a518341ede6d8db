package org.gongkai.app.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the catalog's search index from the database when a node starts with an empty index and the
 * database has items (a new node, a deleted index folder), or, on the embedded Lucene backend, with an index
 * written for an older mapping (the search reads stored fields that older documents lack). Items change in
 * the index as they change in the database, in the same transaction's aftermath (Hibernate Search's
 * automatic indexing).
 */
@Component
class SearchIndex {
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /**
     * The mapping the index was written for, kept in a file beside the Lucene index: raise it when a change of
     * {@link CatalogItem}'s mapping leaves older documents unable to serve the search (2: the shown fields are
     * stored and projected; 3: the file also names the number of shards, {@link IdShards}; 4: one field
     * {@code text} holds all that is searched, {@link CatalogItem#getSearchText}; 5: published items only,
     * {@link ShardRouting}, so that the search needs no filter on the state, {@link #holdsOnlyPublished}). An OpenSearch
     * cluster projects from each document's source and checks its mapping itself at start.
     */
    static final String MAPPING = "5";

    static final String MAPPING_FILE = "gongkai-mapping";

    /** The index's name ({@code @Indexed} on {@link CatalogItem}), its folder under the index directory. */
    static final String INDEX_NAME = "catalog_item";

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final PlatformTransactionManager transactions;

    private final SearchProperties properties;

    /** Set once the embedded index is known to be of the current mapping (read or rebuilt at start). */
    private volatile boolean onlyPublished;

    SearchIndex(
            EntityManagerFactory entityManagerFactory,
            EntityManager entityManager,
            PlatformTransactionManager transactions,
            SearchProperties properties) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenEmpty() throws InterruptedException {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        boolean empty = Boolean.TRUE.equals(readOnly.execute(tx -> Search.session(entityManager)
                        .search(CatalogItem.class)
                        .where(f -> f.matchAll())
                        .fetchTotalHitCount()
                == 0));
        Long items = readOnly.execute(tx -> entityManager
                .createQuery("SELECT COUNT(i) FROM CatalogItem i", Long.class)
                .getSingleResult());
        boolean outdated = !empty && !currentMapping();
        if (outdated) {
            log.info("搜索索引是按旧的映射写成的（{}），正在从数据库重建", mappingFile());
            rebuild();
        } else if (empty && items != null && items > 0) {
            log.info("搜索索引为空而数据库中有 {} 条信息，正在重建", items);
            rebuild();
        } else {
            writeMapping();
        }
    }

    /**
     * Indexes every item again (outside any transaction: the mass indexer runs its own). The embedded index is then
     * merged into one segment a shard: a search looks each word up once a segment, and at 1,000,000 items the ten
     * segments a shard left by indexing made searches about a tenth slower (gongkai-bench/README.md, catalog
     * search); a cluster merges its own segments.
     */
    void rebuild() throws InterruptedException {
        Search.mapping(entityManagerFactory)
                .scope(CatalogItem.class)
                .massIndexer()
                .mergeSegmentsOnFinish(properties.backend() == SearchProperties.Backend.LUCENE)
                .startAndWait();
        removeOtherLayouts();
        writeMapping();
    }

    /**
     * Whether every document in the index is a published item, so that a search may leave out the filter on the
     * state: on the embedded index once its mapping file says {@link #MAPPING} 5 or later (written when the node
     * found it so at start, or rebuilt it); never on a cluster, which an older version of the platform may have
     * filled, nor before the node has checked, nor while it rebuilds an older index: drafts in such an index must
     * still be filtered out.
     */
    boolean holdsOnlyPublished() {
        return onlyPublished;
    }

    /** What the mapping file says of this index: the mapping and the number of shards. */
    private String marker() {
        return MAPPING + " shards=" + properties.shards();
    }

    /**
     * Deletes what an index of another number of shards left in the index's folder: the files of an index in
     * one part lie in the folder itself, those of shard "n" in a folder "n". Hibernate Search opened only the
     * current layout's parts, so the others are closed files.
     */
    private void removeOtherLayouts() {
        if (properties.backend() != SearchProperties.Backend.LUCENE) {
            return;
        }
        Path index = properties.indexDirectory().resolve(INDEX_NAME);
        if (!Files.isDirectory(index)) {
            return;
        }
        Set<String> current = properties.shards() > 1 ? IdShards.names(properties.shards()) : Set.of();
        try (Stream<Path> entries = Files.list(index)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                boolean shard = Files.isDirectory(p) && name.matches("\\d+");
                boolean ofOnePart = Files.isRegularFile(p);
                if ((shard && !current.contains(name)) || (ofOnePart && !current.isEmpty())) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code root} and all under it; nothing when it does not exist. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private boolean currentMapping() {
        if (properties.backend() != SearchProperties.Backend.LUCENE) {
            return true;
        }
        try {
            return Files.isRegularFile(mappingFile())
                    && marker().equals(Files.readString(mappingFile()).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeMapping() {
        if (properties.backend() != SearchProperties.Backend.LUCENE) {
            return;
        }
        try {
            Files.createDirectories(mappingFile().getParent());
            Files.writeString(mappingFile(), marker() + "\n");
            onlyPublished = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path mappingFile() {
        return properties.indexDirectory().resolve(MAPPING_FILE);
    }
}
