package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The B2B access tokens the bank issued, each for one client and until it expires. */
final class AccessTokens {

    private record Issued(SnapPartner partner, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Issued> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final Clock clock;
    private final Duration ttl;

    AccessTokens(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** A new token for the partner; expired ones are dropped on the way. */
    String issue(SnapPartner partner) {
        Instant now = clock.instant();
        tokens.values().removeIf(t -> !now.isBefore(t.expiresAt()));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, new Issued(partner, now.plus(ttl)));
        issued.incrementAndGet();
        return token;
    }

    /** The partner a valid token was issued to; empty for an unknown or expired token. */
    Optional<SnapPartner> partnerOf(String token) {
        Issued t = token == null ? null : tokens.get(token);
        if (t == null || !clock.instant().isBefore(t.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(t.partner());
    }

    long ttlSeconds() {
        return ttl.toSeconds();
    }

    int issuedCount() {
        return issued.get();
    }

    void revokeAll() {
        tokens.clear();
    }
}
