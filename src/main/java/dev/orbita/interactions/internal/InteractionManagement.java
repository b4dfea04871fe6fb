package dev.orbita.interactions.internal;

import static dev.orbita.interactions.internal.InteractionTypes.ACCOUNT;
import static dev.orbita.interactions.internal.InteractionTypes.CONTACT;
import static dev.orbita.interactions.internal.InteractionTypes.INTERACTION;

import dev.orbita.interactions.api.InteractionChannel;
import dev.orbita.interactions.api.InteractionDirection;
import dev.orbita.interactions.api.InteractionLog;
import dev.orbita.interactions.api.NewInteraction;
import dev.orbita.platform.RecordAccess;
import dev.orbita.platform.RecordHistory;
import dev.orbita.platform.RecordLabels;
import dev.orbita.platform.RecordLookup;
import dev.orbita.platform.RecordTypes;
import dev.orbita.platform.RecycleBin;
import dev.orbita.platform.TimelineEntryRequested;
import dev.orbita.platform.UserDirectory;
import dev.orbita.platform.UserSummary;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.RecordRef;
import dev.orbita.shared.check.RequestChecks;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interaction use cases. An interaction is visible only where its own scope allows it and its contact and account
 * (when it has them) are visible too: a timeline entry never shows more than the record it belongs to.
 */
@Service
class InteractionManagement implements InteractionLog {

    static final int SUBJECT_MAX = 200;
    static final int BODY_MAX = 20_000;
    static final int OUTCOME_MAX = 200;

    private final InteractionRepository interactions;
    private final RecordAccess access;
    private final RecordHistory history;
    private final RecordLookup lookup;
    private final RecordLabels labels;
    private final RecordTypes types;
    private final UserDirectory directory;
    private final RecycleBin bin;

    InteractionManagement(InteractionRepository interactions, RecordAccess access, RecordHistory history,
            RecordLookup lookup, RecordLabels labels, RecordTypes types, UserDirectory directory, RecycleBin bin) {
        this.interactions = interactions;
        this.access = access;
        this.history = history;
        this.lookup = lookup;
        this.labels = labels;
        this.types = types;
        this.directory = directory;
        this.bin = bin;
    }

    @Transactional(readOnly = true)
    public InteractionResponse get(UUID id) {
        return response(readable(id));
    }

    /** The interaction if the caller may read it and the records it belongs to; otherwise 404. */
    @Transactional(readOnly = true)
    Interaction readable(UUID id) {
        Interaction interaction = access.readable(INTERACTION, interactions.findById(id), id);
        requirePartiesVisible(interaction);
        return interaction;
    }

    @Transactional
    public InteractionResponse create(InteractionRequest request) {
        RequestChecks checks = new RequestChecks();
        RecordAccess.Owner owner = access.forNewRecord(INTERACTION, request.ownerId(), request.teamId(),
                checks.errors());
        Interaction.Details details = details(request, null, checks);
        checks.throwIfAny();
        Interaction interaction = new Interaction(owner);
        interaction.apply(details);
        interactions.saveAndFlush(interaction);
        history.created(INTERACTION, interaction, names(interaction));
        return response(interaction);
    }

    @Override
    @Transactional
    public UUID log(NewInteraction e) {
        return create(new InteractionRequest(e.channel(), e.direction(), e.occurredAt(), e.subject(), e.body(),
                e.outcome(), e.durationSeconds(), e.handledBy(), e.contactId(), e.accountId(), e.relatedType(),
                e.relatedId(), null, null, null)).id();
    }

    @Transactional
    public InteractionResponse update(UUID id, InteractionRequest request, Long ifMatch) {
        Interaction interaction = lockWritable(id);
        access.checkVersion(interaction, ifMatch, request.version());
        access.nextVersion(interaction);
        return change(interaction, request);
    }

    /** A merge patch on the current state under the row lock (ADR 008). */
    @Transactional
    public InteractionResponse patch(UUID id, UnaryOperator<InteractionRequest> merge, Long ifMatch) {
        Interaction interaction = lockWritable(id);
        InteractionRequest merged = merge.apply(response(interaction).toRequest());
        access.checkVersion(interaction, ifMatch, merged.version());
        access.nextVersion(interaction);
        return change(interaction, merged);
    }

    /** Moves the interaction to the recycle bin (ADR 021); answers its subject. */
    @Transactional
    public String delete(UUID id, Long ifMatch) {
        lockWritable(id);
        return bin.moveToBin(RecordRef.of(INTERACTION, id), ifMatch);
    }

    @Transactional(readOnly = true)
    public boolean canWrite(Interaction interaction) {
        return access.canWrite(INTERACTION, interaction);
    }

    private Interaction lockWritable(UUID id) {
        Interaction interaction = access.lockWritable(INTERACTION, Interaction.class, id);
        requirePartiesVisible(interaction);
        return interaction;
    }

    private InteractionResponse change(Interaction interaction, InteractionRequest request) {
        RequestChecks checks = new RequestChecks();
        RecordAccess.Owner owner = access.reassign(INTERACTION, interaction, request.ownerId(), request.teamId(),
                checks.errors());
        Interaction.Details details = details(request, interaction, checks);
        checks.throwIfAny();
        Map<String, String> before = history.snapshot(INTERACTION, interaction, names(interaction));
        interaction.apply(details);
        access.assign(interaction, owner);
        interactions.flush();
        history.changed(INTERACTION, interaction, before, names(interaction));
        return response(interaction);
    }

    private void requirePartiesVisible(Interaction interaction) {
        if ((interaction.getContactId() != null && !lookup.visible(CONTACT, interaction.getContactId()))
                || (interaction.getAccountId() != null && !lookup.visible(ACCOUNT, interaction.getAccountId()))) {
            throw new NotFoundException("interaction", interaction.getId());
        }
    }

    /** @param current the interaction before this write, or {@code null} for a new one */
    private Interaction.Details details(InteractionRequest r, Interaction current, RequestChecks checks) {
        var errors = checks.errors();
        if (r.channel() == null) {
            errors.add("channel", "validation.required");
        }
        if (r.direction() == null) {
            errors.add("direction", "validation.required");
        }
        Instant occurredAt = r.occurredAt() == null ? Instant.now() : r.occurredAt();
        if (!RequestChecks.storable(occurredAt)) {
            errors.add("occurredAt", "validation.invalid");
        }
        String subject = checks.text("subject", r.subject(), SUBJECT_MAX, true);
        String body = checks.text("body", r.body(), BODY_MAX, false);
        String outcome = checks.text("outcome", r.outcome(), OUTCOME_MAX, false);
        if (r.durationSeconds() != null && r.durationSeconds() < 0) {
            errors.add("durationSeconds", "validation.min", 0);
        }
        UUID handledBy = r.handledBy() == null ? dev.orbita.shared.Actor.currentId() : r.handledBy();
        if (r.handledBy() != null && !(current != null && r.handledBy().equals(current.getHandledBy()))
                && directory.findUser(r.handledBy()).filter(UserSummary::active).isEmpty()) {
            errors.add("handledBy", "validation.reference");
        }
        UUID contactId = r.contactId();
        UUID accountId = r.accountId();
        if (contactId == null && accountId == null) {
            errors.add("contactId", "validation.interaction.party");
        }
        if (contactId != null && !(current != null && contactId.equals(current.getContactId()))
                && !lookup.visible(CONTACT, contactId)) {
            errors.add("contactId", "validation.reference");
        }
        if (accountId != null && !(current != null && accountId.equals(current.getAccountId()))
                && !lookup.visible(ACCOUNT, accountId)) {
            errors.add("accountId", "validation.reference");
        }
        if (contactId != null && accountId == null) {
            accountId = lookup.customerAccountOf(CONTACT, contactId).orElse(null);
        }
        String relatedType = checks.text("relatedType", r.relatedType(), 40, false);
        if (relatedType != null && types.find(relatedType).isEmpty()) {
            errors.add("relatedType", "validation.reference");
        }
        if ((relatedType == null) != (r.relatedId() == null)) {
            errors.add(relatedType == null ? "relatedType" : "relatedId", "validation.required");
        }
        return new Interaction.Details(r.channel(), r.direction(), occurredAt, subject, body, outcome,
                r.durationSeconds(), handledBy, contactId, accountId, relatedType, r.relatedId());
    }

    private Map<UUID, String> names(Interaction i) {
        Map<UUID, String> names = new java.util.HashMap<>(access.names(i.getOwnerId(), i.getTeamId()));
        if (i.getHandledBy() != null) {
            directory.findUser(i.getHandledBy()).ifPresent(u -> names.put(u.id(), u.fullName()));
        }
        return names;
    }

    InteractionResponse response(Interaction i) {
        String handler = i.getHandledBy() == null ? null
                : directory.findUser(i.getHandledBy()).map(UserSummary::fullName).orElse(null);
        return new InteractionResponse(i.getId(), i.getChannel(), i.getDirection(), i.getOccurredAt(),
                i.getSubject(), i.getBody(), i.getOutcome(), i.getDurationSeconds(), i.getHandledBy(), handler,
                i.getContactId(), labels.visibleTitle(CONTACT, i.getContactId()).orElse(null), i.getAccountId(),
                labels.visibleTitle(ACCOUNT, i.getAccountId()).orElse(null), i.getRelatedType(), i.getRelatedId(),
                i.getOwnerId(), i.getTeamId(), i.getVersion(), i.getCreatedAt(), i.getUpdatedAt());
    }

    /**
     * An entry another module asked for with {@link TimelineEntryRequested}, in the name of its actor: owned and
     * handled by the actor, in the actor's team. The publisher checked its own write; a record that is gone by now
     * or an actor who no longer exists gets no entry.
     */
    @Transactional
    public java.util.Optional<UUID> logRequested(TimelineEntryRequested e) {
        UserSummary actor = directory.findUser(e.actorId()).orElse(null);
        UUID contactId = CONTACT.equals(e.about().type()) ? e.about().id() : null;
        UUID accountId = ACCOUNT.equals(e.about().type()) ? e.about().id()
                : lookup.customerAccountOf(CONTACT, contactId).orElse(null);
        if (actor == null || (contactId == null && accountId == null)) {
            return java.util.Optional.empty();
        }
        InteractionChannel channel = parse(InteractionChannel.class, e.channel(), InteractionChannel.PORTAL);
        InteractionDirection direction = parse(InteractionDirection.class, e.direction(),
                InteractionDirection.OUTBOUND);
        String subject = e.subject().strip();
        subject = subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject;
        String body = e.body() == null || e.body().length() <= BODY_MAX ? e.body() : e.body().substring(0, BODY_MAX);
        Interaction interaction = new Interaction(new RecordAccess.Owner(actor.id(), actor.teamId()));
        interaction.apply(new Interaction.Details(channel, direction, e.occurredAt(), subject.isEmpty() ? "-" : subject,
                body, null, null, actor.id(), contactId, accountId,
                e.related() == null ? null : e.related().type(), e.related() == null ? null : e.related().id()));
        interactions.saveAndFlush(interaction);
        history.created(INTERACTION, interaction, names(interaction));
        return java.util.Optional.of(interaction.getId());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code, E fallback) {
        try {
            return code == null ? fallback : Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
