package dev.orbita.search.internal;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, compares each index's document count with its table and rebuilds the indexes that
 * are missing or out of step (a new data directory, data loaded behind the application's back).
 */
@Component
class IndexRebuilder {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilder.class);

    private final EntityManagerFactory emf;
    private final TransactionTemplate tx;

    IndexRebuilder(EntityManagerFactory emf, TransactionTemplate tx) {
        this.emf = emf;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void rebuildIfNeeded() throws InterruptedException {
        SearchMapping mapping = Search.mapping(emf);
        for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
            Class<?> type = entity.javaClass();
            long[] counts = tx.execute(status -> {
                var em = emf.createEntityManager();
                try {
                    SearchSession session = Search.session(em);
                    long indexed = session.search(type).where(f -> f.matchAll()).fetchTotalHitCount();
                    long stored = em.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
                            .getSingleResult();
                    return new long[] { indexed, stored };
                } finally {
                    em.close();
                }
            });
            if (counts != null && counts[0] != counts[1]) {
                log.info("Search index of {} holds {} documents for {} rows: rebuilding", entity.jpaName(), counts[0],
                        counts[1]);
                long started = System.nanoTime();
                var em = emf.createEntityManager();
                try {
                    Search.session(em).massIndexer(type).threadsToLoadObjects(2).batchSizeToLoadObjects(200)
                            .startAndWait();
                } finally {
                    em.close();
                }
                log.info("Rebuilt the {} index in {} ms", entity.jpaName(), (System.nanoTime() - started) / 1_000_000);
            }
        }
    }
}
