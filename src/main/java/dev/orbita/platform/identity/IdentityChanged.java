package dev.orbita.platform.identity;

/** Users, teams or role scopes changed: whatever caches them should read them again. */
public record IdentityChanged() {
}
