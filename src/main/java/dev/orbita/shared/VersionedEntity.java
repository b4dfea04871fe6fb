package dev.orbita.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** An audited row protected by Hibernate's optimistic lock (users, teams). */
@MappedSuperclass
public abstract class VersionedEntity extends AuditedEntity {

    @Version
    private Long version;

    protected VersionedEntity() {
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
