package dev.orbita.platform;

import dev.orbita.shared.RecordRef;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Asks for an entry on the customer timeline of {@code about} (a contact or an account), from a module that need
 * not know which module keeps the timeline. Published in the transaction of what it reports, it goes through the
 * event publication registry; the entry is written afterwards in the name of {@code actorId} (owner and handler),
 * without the actor's scopes being checked again: the publishing module did that for its own write.
 *
 * @param channel a channel code of the timeline ({@code PHONE}, {@code EMAIL} …); an unknown one is logged as
 *        {@code PORTAL}
 * @param direction {@code INBOUND} or {@code OUTBOUND}
 * @param related the record of the publishing module the entry comes from, or {@code null}
 */
public record TimelineEntryRequested(RecordRef about, String channel, String direction, Instant occurredAt,
        String subject, String body, RecordRef related, UUID actorId) {

    public TimelineEntryRequested {
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(actorId, "actorId");
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
    }
}
