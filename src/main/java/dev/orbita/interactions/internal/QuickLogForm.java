package dev.orbita.interactions.internal;

import dev.orbita.interactions.api.InteractionChannel;
import dev.orbita.interactions.api.InteractionDirection;
import java.util.UUID;

/**
 * A quick-log form of the timeline panel: {@code kind} is {@code call}, {@code visit} or {@code note}; a note is an
 * outbound in-person entry without duration.
 */
class QuickLogForm {

    private String kind = "call";
    private String subject;
    private String body;
    private String outcome;
    private InteractionDirection direction = InteractionDirection.OUTBOUND;
    private Integer durationMinutes;

    InteractionChannel channel() {
        return switch (kind) {
            case "visit" -> InteractionChannel.VISIT;
            case "note" -> InteractionChannel.IN_PERSON;
            default -> InteractionChannel.PHONE;
        };
    }

    InteractionRequest toRequest(String type, UUID id) {
        Integer seconds = durationMinutes == null ? null
                : durationMinutes < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, durationMinutes * 60L);
        return new InteractionRequest(channel(), direction == null ? InteractionDirection.OUTBOUND : direction, null,
                subject, body, outcome, "note".equals(kind) ? null : seconds, null,
                InteractionTypes.CONTACT.equals(type) ? id : null, InteractionTypes.ACCOUNT.equals(type) ? id : null,
                null, null, null, null, null);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = "visit".equals(kind) || "note".equals(kind) ? kind : "call";
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public InteractionDirection getDirection() {
        return direction;
    }

    public void setDirection(InteractionDirection direction) {
        this.direction = direction;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }
}
