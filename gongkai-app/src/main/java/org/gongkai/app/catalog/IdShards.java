package org.gongkai.app.catalog;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.search.backend.lucene.index.spi.ShardingStrategy;
import org.hibernate.search.backend.lucene.index.spi.ShardingStrategyInitializationContext;

/**
 * Splits the embedded Lucene index into {@code n} shards by item id: item {@code id} lives in shard
 * {@code id mod n}, named "0" to "n-1", and carries that name as its routing key ({@link ShardRouting}). A query
 * routed to a shard's name ({@code .routing("1")}) searches that shard alone, which is how {@link CatalogSearch}
 * searches every shard at once, one thread each. Ids are
 * consecutive, so the shards hold nearly the same number of items and the same mix of agencies and years,
 * and their term statistics (and so their scores) nearly agree.
 *
 * <p>Hibernate Search's own strategies do not serve here: {@code hash} hashes a query's routing key too, so no
 * key is known to reach a given shard, and {@code explicit} takes the number of shards from a list of names
 * instead of {@code gongkai.search.shards}.
 */
final class IdShards implements ShardingStrategy {
    private final int count;
    private final Set<String> names;

    IdShards(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("shards: " + count);
        }
        this.count = count;
        this.names = names(count);
    }

    /** The shards' names, in order: "0" to "n-1". */
    static Set<String> names(int count) {
        return IntStream.range(0, count)
                .mapToObj(Integer::toString)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public void initialize(ShardingStrategyInitializationContext context) {
        context.shardIdentifiers(names);
    }

    @Override
    public String toShardIdentifier(String documentId, String routingKey) {
        if (routingKey != null) {
            return shard(routingKey);
        }
        try {
            return ShardRouting.shardOf(Long.parseLong(documentId), count);
        } catch (NumberFormatException e) {
            return Integer.toString(Math.floorMod(documentId.hashCode(), count));
        }
    }

    @Override
    public Set<String> toShardIdentifiers(Set<String> routingKeys) {
        Set<String> shards = new LinkedHashSet<>();
        for (String key : routingKeys) {
            shards.add(shard(key));
        }
        return shards;
    }

    private String shard(String name) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException("no shard named " + name + " among " + count);
        }
        return name;
    }
}
