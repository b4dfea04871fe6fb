package dev.orbita.interactions.internal;

import dev.orbita.interactions.api.InteractionChannel;
import dev.orbita.interactions.api.InteractionDirection;
import dev.orbita.platform.AuditFields;
import dev.orbita.platform.OwnedRecord;
import dev.orbita.platform.RecordAccess;
import dev.orbita.platform.RecycleBinRouting;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** One touchpoint with a customer: on the timeline of its contact and of its account. */
@Entity
@Table(name = "interactions")
@Indexed(index = "interactions", routingBinder = @RoutingBinderRef(type = RecycleBinRouting.class))
public class Interaction extends OwnedRecord {

    /** What the history of an interaction shows, in the order of its form. */
    public static final AuditFields<Interaction> AUDIT = AuditFields.of(Interaction.class)
            .title(Interaction::getSubject)
            .code("channel", InteractionChannel.class, Interaction::getChannel)
            .code("direction", InteractionDirection.class, Interaction::getDirection)
            .time("occurredAt", Interaction::getOccurredAt)
            .text("subject", Interaction::getSubject)
            .text("body", Interaction::getBody)
            .text("outcome", Interaction::getOutcome)
            .number("durationSeconds", Interaction::getDurationSeconds)
            .name("handledBy", Interaction::getHandledBy)
            .reference("contactId", "CONTACT", Interaction::getContactId)
            .reference("accountId", "ACCOUNT", Interaction::getAccountId)
            .ownerAndTeam(Interaction::getOwnerId, Interaction::getTeamId)
            .build();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InteractionChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InteractionDirection direction;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @FullTextField(name = "name", analyzer = "orbita_text", projectable = Projectable.YES)
    @Column(nullable = false)
    private String subject;

    @FullTextField(analyzer = "orbita_text")
    private String body;

    private String outcome;

    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    @Column(name = "handled_by")
    private UUID handledBy;

    @GenericField
    @Column(name = "contact_id")
    private UUID contactId;

    @GenericField
    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "related_type")
    private String relatedType;

    @Column(name = "related_id")
    private UUID relatedId;

    protected Interaction() {
    }

    Interaction(RecordAccess.Owner owner) {
        super(owner);
    }

    record Details(InteractionChannel channel, InteractionDirection direction, Instant occurredAt, String subject,
            String body, String outcome, Integer durationSeconds, UUID handledBy, UUID contactId, UUID accountId,
            String relatedType, UUID relatedId) {
    }

    void apply(Details d) {
        channel = d.channel();
        direction = d.direction();
        occurredAt = d.occurredAt();
        subject = d.subject();
        body = d.body();
        outcome = d.outcome();
        durationSeconds = d.durationSeconds();
        handledBy = d.handledBy();
        contactId = d.contactId();
        accountId = d.accountId();
        relatedType = d.relatedType();
        relatedId = d.relatedId();
    }

    /** The account the interaction was with is its customer account (portal visibility). */
    @Override
    public UUID customerAccountId() {
        return accountId;
    }

    /** A second line for search results: channel and direction. */
    @KeywordField(name = "subtitle", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "channel")),
            @ObjectPath(@PropertyValue(propertyName = "direction")) })
    public String getSubtitle() {
        return channel == null ? null : channel.name() + " · " + direction;
    }

    public InteractionChannel getChannel() {
        return channel;
    }

    public InteractionDirection getDirection() {
        return direction;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getOutcome() {
        return outcome;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public UUID getHandledBy() {
        return handledBy;
    }

    public UUID getContactId() {
        return contactId;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public String getRelatedType() {
        return relatedType;
    }

    public UUID getRelatedId() {
        return relatedId;
    }
}
