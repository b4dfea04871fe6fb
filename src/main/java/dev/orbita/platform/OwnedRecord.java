package dev.orbita.platform;

import dev.orbita.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * Base of every record that has an owner: the owning user and team (indexed, for the search's
 * visibility filter), custom fields as a JSON object, and from {@link AuditedEntity} the id, who
 * created and changed it when. Owner, team and version change only through {@link RecordAccess},
 * which checks the right to reassign and takes the row lock before a write (ADR 008). A record of a type with a
 * recycle bin is moved there by {@link RecycleBin}: its row stays, marked with when and by whom it was deleted,
 * and every read of the kernel treats it as absent until it is restored (ADR 021).
 */
@MappedSuperclass
public abstract class OwnedRecord extends AuditedEntity {

    @GenericField
    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @GenericField
    @Column(name = "team_id")
    private UUID teamId;

    @Column(name = "custom_fields")
    private String customFields;

    /** When the record was moved to the recycle bin; {@code null} for a live record. */
    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private UUID deletedBy;

    /** Raised by exactly one on every write, under the row lock {@link RecordAccess} takes. */
    @Column(nullable = false)
    private long version;

    protected OwnedRecord() {
    }

    protected OwnedRecord(RecordAccess.Owner owner) {
        this.ownerId = owner.ownerId();
        this.teamId = owner.teamId();
    }

    /** The customer account this record belongs to, for customer-portal visibility; none by default. */
    public UUID customerAccountId() {
        return null;
    }

    void nextVersion() {
        version++;
    }

    /** Whether the record is in the recycle bin (deleted, not yet purged). */
    public boolean inRecycleBin() {
        return deletedAt != null;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public UUID getDeletedBy() {
        return deletedBy;
    }

    void moveToRecycleBin(UUID actor, Instant at) {
        this.deletedAt = at;
        this.deletedBy = actor;
    }

    void restoreFromRecycleBin() {
        this.deletedAt = null;
        this.deletedBy = null;
    }

    public long getVersion() {
        return version;
    }

    /**
     * {@link #customerAccountId()} in the search index, for the search's customer-portal filter. It is
     * derived from the subclass's own columns, which the mapping cannot name here: declared as derived
     * from {@code updatedAt}, which every update of the row sets, so any change re-indexes it.
     */
    @GenericField(name = "customerAccountId")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "updatedAt")))
    public UUID getCustomerAccountId() {
        return customerAccountId();
    }

    void assignTo(RecordAccess.Owner owner) {
        this.ownerId = owner.ownerId();
        this.teamId = owner.teamId();
    }

    protected void changeCustomFields(String json) {
        this.customFields = json;
    }

    public RecordAccess.Owner owner() {
        return new RecordAccess.Owner(ownerId, teamId);
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public String getCustomFields() {
        return customFields;
    }
}
