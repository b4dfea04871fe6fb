package dev.orbita.platform.identity;

import dev.orbita.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "teams")
public class Team extends VersionedEntity {

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "manager_id")
    private UUID managerId;

    protected Team() {
    }

    public Team(String name, UUID managerId) {
        this.name = name;
        this.managerId = managerId;
    }

    public void update(String name, UUID managerId) {
        this.name = name;
        this.managerId = managerId;
    }

    public String getName() {
        return name;
    }

    public UUID getManagerId() {
        return managerId;
    }
}
