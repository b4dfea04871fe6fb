package dev.orbita.platform.identity;

import dev.orbita.shared.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "users")
public class User extends VersionedEntity {

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String email;

    @Column(nullable = false)
    private String language;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "team_id")
    private UUID teamId;

    private boolean active;

    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_code")
    private Set<String> roles = new LinkedHashSet<>();

    protected User() {
    }

    public User(String username, String passwordHash, String fullName) {
        this.username = username.toLowerCase();
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.language = "pt-BR";
        this.timeZone = "America/Sao_Paulo";
        this.active = true;
    }

    public void update(String fullName, String email, String language, String timeZone, UUID teamId, boolean active,
            Set<String> roles) {
        this.fullName = fullName;
        this.email = email;
        this.language = language;
        this.timeZone = timeZone;
        this.teamId = teamId;
        this.active = active;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void changeLanguage(String language) {
        this.language = language;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public boolean isActive() {
        return active;
    }

    public Set<String> getRoles() {
        return roles;
    }
}
