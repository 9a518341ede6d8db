package org.gongkai.app.catalog;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import org.springframework.stereotype.Component;

/**
 * Indexes published items only, and gives each, on a sharded embedded index, the routing key of its shard
 * ({@link IdShards}: id mod n). A draft, an item under review, returned or withdrawn is not in the index at all: the
 * public search cannot show what is not there, and the embedded index's queries need no filter on the state, a
 * condition every item matched and every query paid for (ADR 0009).
 * Hibernate Search keeps the key in the document and, when a query names routing keys, keeps only the documents
 * carrying them: a query routed to shard "1" must find shard 1's items carrying "1". On one shard, and on an
 * OpenSearch cluster (which shards by document id itself), an item gets no key. A Spring bean, which Hibernate
 * Search takes from Spring ({@code @Indexed(routingBinder = …)} on {@link CatalogItem}): that is how it knows the
 * settings.
 */
@Component
final class ShardRouting implements RoutingBinder {
    private final int shards;

    ShardRouting(SearchProperties properties) {
        this.shards = properties.backend() == SearchProperties.Backend.LUCENE ? properties.shards() : 1;
    }

    /** The shard of the item with this id among {@code shards}. */
    static String shardOf(long id, int shards) {
        return Long.toString(Math.floorMod(id, (long) shards));
    }

    @Override
    public void bind(RoutingBindingContext context) {
        // whether an item is indexed depends on its state; its shard on the id alone, which never changes
        context.dependencies().use("state");
        context.bridge(CatalogItem.class, new Bridge(shards));
    }

    private record Bridge(int shards) implements RoutingBridge<CatalogItem> {
        @Override
        public void route(
                DocumentRoutes routes, Object entityIdentifier, CatalogItem item, RoutingBridgeRouteContext context) {
            if (item.state() != ItemState.PUBLISHED) {
                routes.notIndexed();
            } else {
                previousRoutes(routes, entityIdentifier, item, context);
            }
        }

        /** Where the item may be indexed, whatever its state now: a withdrawn item is deleted from there. */
        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object entityIdentifier, CatalogItem item, RoutingBridgeRouteContext context) {
            if (shards < 2) {
                routes.addRoute();
            } else {
                routes.addRoute().routingKey(shardOf((Long) entityIdentifier, shards));
            }
        }
    }
}
