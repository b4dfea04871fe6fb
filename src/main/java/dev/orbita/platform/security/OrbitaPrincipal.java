package dev.orbita.platform.security;

import dev.orbita.shared.Actor;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated user kept in the security context (and the JDBC session). */
public final class OrbitaPrincipal implements UserDetails, CredentialsContainer, Actor.Identified, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String username;
    private String passwordHash;
    private final boolean enabled;
    private final Set<String> roles;
    /** A fingerprint of the password hash at sign-in: a changed password ends the session. */
    private final String credentials;

    public OrbitaPrincipal(UUID id, String username, String passwordHash, boolean enabled, Set<String> roles) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.credentials = fingerprint(passwordHash);
        this.enabled = enabled;
        this.roles = Set.copyOf(roles);
    }

    @Override
    public UUID userId() {
        return id;
    }

    public Set<String> roles() {
        return roles;
    }

    String credentials() {
        return credentials;
    }

    /** The same principal with the roles the user has now. */
    OrbitaPrincipal withRoles(Set<String> current) {
        OrbitaPrincipal p = new OrbitaPrincipal(id, username, null, enabled, current, credentials);
        return p;
    }

    private OrbitaPrincipal(UUID id, String username, String passwordHash, boolean enabled, Set<String> roles,
            String credentials) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.roles = Set.copyOf(roles);
        this.credentials = credentials;
    }

    /** A short digest of a password hash (never the hash itself in the session). */
    static String fingerprint(String passwordHash) {
        if (passwordHash == null) {
            return "";
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(passwordHash.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** Never locked as an account: too many wrong passwords throttle password sign-in only (ADR 015). */
    @Override
    public boolean isAccountNonLocked() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "OrbitaPrincipal[" + username + "]";
    }
}
