package dev.orbita.platform;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the recycle bin's purge every {@code orbita.recycle-bin.purge-interval} (1 hour by default, first one
 * interval after the start). Every app node runs it; the row locks the purge takes with {@code skip locked} keep two
 * nodes from purging one record twice (ADR 021).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RecycleBinPurge {

    private static final Logger log = LoggerFactory.getLogger(RecycleBinPurge.class);

    private final RecycleBin bin;

    RecycleBinPurge(RecycleBin bin) {
        this.bin = bin;
    }

    @Scheduled(fixedDelayString = "${orbita.recycle-bin.purge-interval:1h}",
            initialDelayString = "${orbita.recycle-bin.purge-interval:1h}")
    void purge() {
        try {
            bin.purgeExpired(Instant.now());
        } catch (RuntimeException e) {
            log.warn("Recycle bin purge failed; it runs again at the next interval", e);
        }
    }
}
