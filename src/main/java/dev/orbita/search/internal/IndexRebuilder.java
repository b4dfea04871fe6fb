package dev.orbita.search.internal;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, rebuilds the indexes that are missing or out of step: all of them when the index mapping
 * changed since they were built (a new field, another analyzer: the fingerprint of the mapping is kept
 * next to the indexes), otherwise those whose document count differs from their table's (a new data
 * directory, data loaded behind the application's back). The others are reconciled from the last
 * checkpoint on: what changed since shortly before it is indexed again, so that changes a crash kept
 * from reaching the disk are back (a count cannot see lost updates). Then the periodic checkpoints begin.
 */
@Component
class IndexRebuilder {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilder.class);

    private final EntityManagerFactory emf;
    private final TransactionTemplate tx;
    private final Path fingerprintFile;
    private final IndexCheckpoint checkpoint;
    private final IndexReconciler reconciler;
    private final Duration margin;

    IndexRebuilder(EntityManagerFactory emf, TransactionTemplate tx,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:${orbita.data-dir}/index}")
            String indexRoot, IndexCheckpoint checkpoint, IndexReconciler reconciler,
            @Value("${orbita.search.reconcile-margin:2m}") Duration margin) {
        this.emf = emf;
        this.tx = tx;
        this.fingerprintFile = Path.of(indexRoot, "orbita-mapping.sha256");
        this.checkpoint = checkpoint;
        this.reconciler = reconciler;
        this.margin = margin;
    }

    /** Where the fingerprint of the mapping that built the indexes is kept. */
    Path fingerprintFile() {
        return fingerprintFile;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void rebuildIfNeeded() throws InterruptedException {
        SearchMapping mapping = Search.mapping(emf);
        String fingerprint = fingerprint(mapping);
        boolean mappingChanged = !fingerprint.equals(storedFingerprint());
        if (mappingChanged) {
            log.info("The search index mapping changed since the indexes were built: rebuilding all of them");
        }
        Optional<Instant> since = checkpoint.last().map(t -> t.minus(margin));
        for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
            if (mappingChanged || outOfStep(entity)) {
                rebuild(entity);
            } else if (since.isPresent() && reconciler.canReconcile(entity)) {
                long started = System.nanoTime();
                int count = reconciler.reconcile(entity, since.get());
                log.info("Reconciled the {} index with what changed since {}: {} records in {} ms", entity.jpaName(),
                        since.get(), count, (System.nanoTime() - started) / 1_000_000);
            }
        }
        if (mappingChanged) {
            store(fingerprint);
        }
        checkpoint.startPeriodic();
    }

    private boolean outOfStep(SearchIndexedEntity<?> entity) {
        long[] counts = tx.execute(status -> {
            var em = emf.createEntityManager();
            try {
                SearchSession session = Search.session(em);
                long indexed = session.search(entity.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
                // rows in the recycle bin have no document (RecycleBinRouting, ADR 021)
                String live = dev.orbita.platform.OwnedRecord.class.isAssignableFrom(entity.javaClass())
                        ? " where e.deletedAt is null" : "";
                long stored = em.createQuery("select count(e) from " + entity.jpaName() + " e" + live, Long.class)
                        .getSingleResult();
                return new long[] { indexed, stored };
            } finally {
                em.close();
            }
        });
        if (counts != null && counts[0] != counts[1]) {
            log.info("Search index of {} holds {} documents for {} rows", entity.jpaName(), counts[0], counts[1]);
            return true;
        }
        return false;
    }

    private void rebuild(SearchIndexedEntity<?> entity) throws InterruptedException {
        log.info("Rebuilding the {} index", entity.jpaName());
        long started = System.nanoTime();
        var em = emf.createEntityManager();
        try {
            Search.session(em).massIndexer(entity.javaClass()).threadsToLoadObjects(2).batchSizeToLoadObjects(200)
                    .startAndWait();
        } finally {
            em.close();
        }
        log.info("Rebuilt the {} index in {} ms", entity.jpaName(), (System.nanoTime() - started) / 1_000_000);
    }

    static String fingerprint(SearchMapping mapping) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", describe(mapping)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every index with every field, how it is analysed and stored, and the analysis version. */
    static List<String> describe(SearchMapping mapping) {
        List<String> lines = new ArrayList<>();
        lines.add("analysis " + OrbitaAnalysisConfigurer.VERSION);
        List<SearchIndexedEntity<?>> entities = new ArrayList<>(mapping.allIndexedEntities());
        entities.sort(Comparator.comparing(SearchIndexedEntity::jpaName));
        for (SearchIndexedEntity<?> entity : entities) {
            var index = entity.indexManager().descriptor();
            lines.add("index " + entity.jpaName() + " " + index.hibernateSearchName());
            List<IndexFieldDescriptor> fields = new ArrayList<>(index.staticFields());
            fields.sort(Comparator.comparing(IndexFieldDescriptor::absolutePath));
            for (IndexFieldDescriptor field : fields) {
                if (field.isValueField()) {
                    IndexValueFieldTypeDescriptor type = field.toValueField().type();
                    lines.add(field.absolutePath() + " " + type.valueClass().getName() + " "
                            + type.analyzerName().orElse("-") + " " + type.searchAnalyzerName().orElse("-") + " "
                            + type.normalizerName().orElse("-") + " " + type.searchable() + type.projectable()
                            + type.sortable() + type.aggregable());
                } else {
                    lines.add(field.absolutePath() + " object");
                }
            }
        }
        return lines;
    }

    private String storedFingerprint() {
        try {
            return Files.exists(fingerprintFile) ? Files.readString(fingerprintFile).strip() : null;
        } catch (IOException e) {
            log.warn("Cannot read {}: rebuilding the search indexes", fingerprintFile, e);
            return null;
        }
    }

    private void store(String fingerprint) {
        try {
            Files.createDirectories(fingerprintFile.getParent());
            Files.writeString(fingerprintFile, fingerprint + "\n");
        } catch (IOException e) {
            log.warn("Cannot write {}: the search indexes will be rebuilt at the next start again", fingerprintFile, e);
        }
    }
}
