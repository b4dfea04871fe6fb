package dev.orbita.platform.security;

import dev.orbita.platform.identity.IdentityChanged;
import dev.orbita.platform.identity.UserRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The principal a presented API token stands for, reused for a few seconds as the current user is
 * ({@link SecurityVisibility}), so that an integration calling in a loop does not read its token and
 * its user with roles on every request. Expiry is checked on every use; a revoked token and every
 * token after users, teams or roles changed are forgotten at once on this node (again when the change
 * commits, so that a read racing with it cannot keep the old state). Other nodes see such a change
 * within {@link #TTL}.
 */
@Component
class ApiTokenPrincipals {

    /** How long a token's principal is reused before the token and its user are read again. */
    static final Duration TTL = Duration.ofSeconds(5);
    private static final long TTL_NANOS = TTL.toNanos();
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(OrbitaPrincipal principal, UUID tokenId, Instant expiresAt, long readAt) {

        boolean fresh(long nanos, Instant now) {
            return nanos - readAt < TTL_NANOS && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /** By token hash: the secret itself is never kept. */
    private final ConcurrentHashMap<String, Entry> recent = new ConcurrentHashMap<>();
    /** Raised whenever something is forgotten: a read that started before is not remembered. */
    private final AtomicLong generation = new AtomicLong();

    private final ApiTokens tokens;
    private final UserRepository users;

    ApiTokenPrincipals(ApiTokens tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** The principal of an active user behind a known, unrevoked, unexpired token; else empty. */
    Optional<OrbitaPrincipal> principal(String presented) {
        if (!ApiTokens.wellFormed(presented)) {
            return Optional.empty();
        }
        String hash = ApiTokens.hash(presented);
        Instant now = Instant.now();
        Entry cached = recent.get(hash);
        if (cached != null && cached.fresh(System.nanoTime(), now)) {
            return Optional.of(cached.principal());
        }
        long before = generation.get();
        long readAt = System.nanoTime();
        Optional<ApiTokens.Usable> token = tokens.usable(presented);
        // a user whose password sign-in is throttled keeps their tokens (ADR 015)
        var user = token.flatMap(t -> users.findWithRolesById(t.userId())).filter(u -> u.isActive());
        if (user.isEmpty()) {
            recent.remove(hash);
            return Optional.empty();
        }
        OrbitaPrincipal principal = OrbitaUserDetailsService.principal(user.get());
        principal.eraseCredentials();
        if (recent.size() >= MAX_ENTRIES) {
            recent.clear();
        }
        Entry entry = new Entry(principal, token.get().tokenId(), token.get().expiresAt(), readAt);
        recent.put(hash, entry);
        if (generation.get() != before) {
            recent.remove(hash, entry);
        }
        return Optional.of(principal);
    }

    @EventListener
    void on(ApiTokens.Revoked revoked) {
        forget(() -> recent.values().removeIf(e -> e.tokenId().equals(revoked.tokenId())));
    }

    @EventListener(IdentityChanged.class)
    void forgetAll() {
        forget(recent::clear);
    }

    private void forget(Runnable how) {
        generation.incrementAndGet();
        how.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                    how.run();
                }
            });
        }
    }
}
