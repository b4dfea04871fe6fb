package dev.orbita.platform;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps records in the recycle bin out of the search index: the entity of a record type with a recycle bin
 * declares {@code @Indexed(routingBinder = @RoutingBinderRef(type = RecycleBinRouting.class))}. Moving a record to
 * the bin removes its document (global search, lists filtered by text, ADR 017); restoring it indexes it again;
 * the mass indexer skips binned rows (ADR 021).
 */
public class RecycleBinRouting implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("deletedAt");
        context.bridge(OwnedRecord.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<OwnedRecord> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, OwnedRecord record,
                RoutingBridgeRouteContext context) {
            if (record.inRecycleBin()) {
                routes.notIndexed();
            } else {
                routes.addRoute();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, OwnedRecord record,
                RoutingBridgeRouteContext context) {
            // one index without routing keys: wherever the document was, it was there
            routes.addRoute();
        }
    }
}
