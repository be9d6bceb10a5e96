package id.go.tangerangkota.mpp.hub.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

/**
 * One Resilience4j rate limiter per API client, and one per caller address for public operations.
 * A call over the limit is refused at once (no waiting thread), with the seconds until the next
 * permit, for the {@code Retry-After} of the 429.
 */
public class ClientRateLimits {

    private static final Duration PERIOD = Duration.ofSeconds(1);

    private final RateLimitProperties properties;
    private final Map<String, RateLimiter> byClient = new ConcurrentHashMap<>();
    private final Map<String, RateLimiter> byAddress;

    public ClientRateLimits(RateLimitProperties properties) {
        this.properties = properties;
        int capacity = properties.getPublicAddresses();
        // Least recently used addresses are forgotten, so a scan from many addresses cannot grow it without end.
        this.byAddress = java.util.Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                return size() > capacity;
            }
        });
    }

    /** Empty when the client may call now; else the whole seconds to wait. */
    public OptionalLong tryClient(ApiClient client, Integer ownLimit) {
        int limit = ownLimit != null ? ownLimit : properties.getRoles().getOrDefault(client.role(), 0);
        // A changed limit (a client's own, set again through the admin API) gets a new limiter.
        RateLimiter limiter = byClient.compute(client.id(), (id, old) ->
                old != null && old.getRateLimiterConfig().getLimitForPeriod() == limit ? old : limiter(id, limit));
        return acquire(limiter);
    }

    /** Empty when a caller without a key at this address may call now; else the seconds to wait. */
    public OptionalLong tryAddress(String address) {
        return acquire(byAddress.computeIfAbsent(address, a -> limiter("address", properties.getPublicPerAddress())));
    }

    private static RateLimiter limiter(String name, int perSecond) {
        return RateLimiter.of(name, RateLimiterConfig.custom()
                .limitForPeriod(Math.max(1, perSecond))
                .limitRefreshPeriod(PERIOD)
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    private static OptionalLong acquire(RateLimiter limiter) {
        if (limiter.acquirePermission()) {
            return OptionalLong.empty();
        }
        long nanos = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait() : PERIOD.toNanos();
        return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }
}
