package dev.orbita.interactions.internal;

import dev.orbita.shared.Actor;
import dev.orbita.shared.FieldViolation;
import dev.orbita.shared.Ids;
import dev.orbita.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files on interactions, kept in the database (ADR 026): added by whoever may change the interaction, read by
 * whoever may see it; checked for size and type (by their first bytes) before anything is written.
 */
@Component
class Attachments {

    /** A refused file: answered as a 422 naming the field. */
    static final class Refused extends RuntimeException {
        private final transient FieldViolation violation;

        Refused(String field, String key, Object... args) {
            super(key, null, false, false);
            this.violation = FieldViolation.of(field, key, args);
        }

        FieldViolation violation() {
            return violation;
        }
    }

    record Download(String fileName, String contentType, byte[] bytes) {
    }

    private final InteractionManagement interactions;
    private final NamedParameterJdbcTemplate jdbc;
    private final long maxBytes;

    Attachments(InteractionManagement interactions, NamedParameterJdbcTemplate jdbc,
            @Value("${orbita.interactions.attachment-max-bytes:5242880}") long maxBytes) {
        this.interactions = interactions;
        this.jdbc = jdbc;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    @Transactional
    AttachmentItem add(UUID interactionId, String fileName, byte[] bytes) {
        Interaction interaction = interactions.readable(interactionId);
        if (!interactions.canWrite(interaction)) {
            throw new dev.orbita.shared.ForbiddenException("outside write scope", "problem.forbidden.writeScope");
        }
        if (bytes.length == 0) {
            throw new Refused("file", "validation.attachment.empty");
        }
        if (bytes.length > maxBytes) {
            throw new Refused("file", "validation.attachment.size", maxBytes);
        }
        String name = AttachmentTypes.safeName(fileName);
        String type = AttachmentTypes.sniff(bytes, name)
                .orElseThrow(() -> new Refused("file", "validation.attachment.type"));
        UUID id = Ids.newId();
        Instant now = Instant.now();
        jdbc.update("""
                insert into interaction_attachments (id, interaction_id, file_name, content_type, size, bytes,
                    created_at, created_by)
                values (:id, :interaction, :name, :type, :size, :bytes, :at, :by)""",
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("id", id)
                        .addValue("interaction", interactionId).addValue("name", name).addValue("type", type)
                        .addValue("size", (long) bytes.length)
                        .addValue("bytes", bytes, java.sql.Types.BINARY)
                        .addValue("at", Timestamp.from(now)).addValue("by", Actor.currentId()));
        return new AttachmentItem(id, name, type, bytes.length, now, url(interactionId, id));
    }

    @Transactional(readOnly = true)
    List<AttachmentItem> list(UUID interactionId) {
        interactions.readable(interactionId);
        return jdbc.query("""
                select id, file_name, content_type, size, created_at from interaction_attachments
                where interaction_id = :interaction order by created_at, id""", Map.of("interaction", interactionId),
                (rs, n) -> new AttachmentItem(rs.getObject("id", UUID.class), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size"),
                        rs.getTimestamp("created_at").toInstant(),
                        url(interactionId, rs.getObject("id", UUID.class))));
    }

    @Transactional(readOnly = true)
    Download download(UUID interactionId, UUID attachmentId) {
        interactions.readable(interactionId);
        Optional<Download> found = jdbc.query("""
                select file_name, content_type, bytes from interaction_attachments
                where id = :id and interaction_id = :interaction""",
                Map.of("id", attachmentId, "interaction", interactionId),
                rs -> rs.next() ? Optional.of(new Download(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("bytes"))) : Optional.empty());
        return found.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    private static String url(UUID interactionId, UUID id) {
        return "/api/v1/interactions/" + interactionId + "/attachments/" + id;
    }
}
