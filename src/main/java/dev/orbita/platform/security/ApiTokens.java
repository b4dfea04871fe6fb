package dev.orbita.platform.security;

import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists, revokes and checks personal API tokens. */
@Service
public class ApiTokens {

    static final String PREFIX = "orb_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final ApplicationEventPublisher events;

    ApiTokens(ApiTokenRepository tokens, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.events = events;
    }

    /** A token that may be used now: whose it is and until when. */
    public record Usable(UUID tokenId, UUID userId, Instant expiresAt) {
    }

    /** A token was revoked: whatever remembers it must forget it. */
    record Revoked(UUID tokenId) {
    }

    /** A token as its owner sees it in a list; the secret is never part of it. */
    public record TokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt, Instant revokedAt) {

        public boolean active() {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
        }
    }

    /** A token just created: the only time its secret is shown. */
    public record CreatedToken(UUID id, String name, String token, Instant expiresAt) {
    }

    @Transactional
    public CreatedToken create(UUID userId, String name, Instant expiresAt) {
        var errors = new ValidationException.Collector();
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            errors.add("name", "validation.required");
        } else if (trimmed.length() > 100) {
            errors.add("name", "validation.size.max", 100);
        }
        if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
            errors.add("expiresAt", "validation.future");
        }
        errors.throwIfAny();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(userId, trimmed, hash(token), token.substring(0, 10), expiresAt));
        return new CreatedToken(saved.getId(), saved.getName(), token, saved.getExpiresAt());
    }

    @Transactional(readOnly = true)
    public List<TokenView> list(UUID userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream().map(ApiTokens::view).toList();
    }

    @Transactional
    public void revoke(UUID userId, UUID tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getUserId().equals(userId))
                .orElseThrow(() -> new NotFoundException("api-token", tokenId));
        token.revoke(Instant.now());
        events.publishEvent(new Revoked(tokenId));
    }

    /** The user id a presented token stands for, when it is known, not revoked and not expired. */
    @Transactional
    public Optional<UUID> authenticate(String presented) {
        return usable(presented).map(Usable::userId);
    }

    /**
     * The presented token when it is known, not revoked and not expired; its last use is recorded at
     * most once a minute (one update then, none on the other calls).
     */
    @Transactional
    public Optional<Usable> usable(String presented) {
        if (!wellFormed(presented)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return tokens.findByTokenHash(hash(presented)).filter(t -> t.isUsable(now)).map(t -> {
            t.touch(now);
            return new Usable(t.getId(), t.getUserId(), t.getExpiresAt());
        });
    }

    static boolean wellFormed(String presented) {
        return presented != null && presented.startsWith(PREFIX) && presented.length() <= 100;
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TokenView view(ApiToken t) {
        return new TokenView(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), t.getExpiresAt(),
                t.getLastUsedAt(), t.getRevokedAt());
    }
}
