package dev.orbita.search.internal;

import dev.orbita.platform.AuditTrail;
import dev.orbita.platform.RecordTypes;
import dev.orbita.shared.AuditedEntity;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings an index back in step with its table for what changed since a moment: every row updated since
 * then is indexed again, every record deleted since then (from the audit trail) is purged. Costs what
 * changed in that window, not what the table holds.
 */
@Component
class IndexReconciler {

    private static final int CHUNK = 500;

    private final EntityManager em;
    private final TransactionTemplate tx;
    private final RecordTypes types;
    private final AuditTrail trail;

    IndexReconciler(EntityManager em, TransactionTemplate tx, RecordTypes types, AuditTrail trail) {
        this.em = em;
        this.tx = tx;
        this.types = types;
        this.trail = trail;
    }

    /** Whether the entity has what a reconciliation needs: an update time on every row. */
    boolean canReconcile(SearchIndexedEntity<?> entity) {
        return AuditedEntity.class.isAssignableFrom(entity.javaClass());
    }

    /** Re-indexes the rows changed since {@code since} and purges the records deleted since; how many. */
    int reconcile(SearchIndexedEntity<?> entity, Instant since) {
        Class<?> type = entity.javaClass();
        Set<Object> ids = new LinkedHashSet<>(tx.execute(status -> em.createQuery(
                "select e.id from " + entity.jpaName() + " e where e.updatedAt >= :since", Object.class)
                .setParameter("since", since).getResultList()));
        types.ofEntity(type).filter(t -> t.audited()).ifPresent(t -> ids.addAll(trail.deletedSince(t.code(), since)));
        List<Object> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Object> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            tx.executeWithoutResult(status -> {
                SearchSession session = Search.session(em);
                Set<Object> found = new HashSet<>();
                for (Object row : em.createQuery("select e from " + entity.jpaName() + " e where e.id in :ids", type)
                        .setParameter("ids", chunk).getResultList()) {
                    session.indexingPlan().addOrUpdate(row);
                    found.add(em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(row));
                }
                for (Object id : chunk) {
                    if (!found.contains(id)) {
                        session.indexingPlan().purge(type, id, null);
                    }
                }
                // indexed when the transaction commits
            });
        }
        return all.size();
    }

}
