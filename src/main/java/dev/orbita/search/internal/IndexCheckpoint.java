package dev.orbita.search.internal;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The moment up to which the search indexes are known to be on disk. Every few seconds the indexes are
 * committed (Lucene keeps recent changes in memory for up to a second and more under load; a crash
 * loses them) and the moment taken just before that commit is written next to them. After a crash the
 * index holds at least everything indexed before the last checkpoint: the reconciliation at the next start
 * re-indexes what changed since (see docs/decisions/019).
 */
@Component
class IndexCheckpoint implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexCheckpoint.class);

    private final EntityManagerFactory emf;
    private final Path file;
    private final Duration interval;
    private ScheduledExecutorService timer;

    IndexCheckpoint(EntityManagerFactory emf,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:${orbita.data-dir}/index}")
            String indexRoot, @Value("${orbita.search.checkpoint-interval:5s}") Duration interval) {
        this.emf = emf;
        this.file = Path.of(indexRoot, "orbita-checkpoint");
        this.interval = interval;
    }

    /** The last checkpoint written, if there is one that can be read. */
    Optional<Instant> last() {
        try {
            return Files.exists(file) ? Optional.of(Instant.parse(Files.readString(file).strip())) : Optional.empty();
        } catch (IOException | DateTimeParseException e) {
            log.warn("Cannot read the search index checkpoint {}: the indexes are checked in full", file, e);
            return Optional.empty();
        }
    }

    /** Commits every index and records the moment taken before the commit. */
    synchronized void write() {
        Instant mark = Instant.now();
        Search.mapping(emf).scope(Object.class).workspace().flush();
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, mark + "\n", StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Cannot write the search index checkpoint {}", file, e);
        }
    }

    /** Called once the indexes agree with the database (after the start-up check): from then on, periodically. */
    synchronized void startPeriodic() {
        write();
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "index-checkpoint");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::writeQuietly, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void writeQuietly() {
        try {
            write();
        } catch (RuntimeException e) {
            log.warn("Search index checkpoint failed; retrying in {}", interval, e);
        }
    }

    @Override
    public void start() {
        // periodic checkpoints begin after the start-up check (IndexRebuilder)
    }

    /** On a clean stop, after the web server stopped taking requests: a last commit and checkpoint. */
    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
            writeQuietly();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    @Override
    public boolean isAutoStartup() {
        return true;
    }

    /** Stops after the web server (graceful shutdown and stop are at DEFAULT_PHASE − 1024 and − 2048). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
