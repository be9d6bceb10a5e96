package id.go.tangerangkota.mpp.hub.request;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Purges remembered Idempotency-Key answers after {@code mpp.idempotency.retention} (default one
 * day), so the table neither grows without end nor keeps inquiry results longer than a retry needs.
 */
public class IdempotencyRetention {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyRetention.class);

    private final IdempotencyStore store;
    private final Duration retention;

    public IdempotencyRetention(IdempotencyStore store, Duration retention) {
        this.store = store;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${mpp.idempotency.purge-interval:PT15M}",
            initialDelayString = "${mpp.idempotency.purge-interval:PT15M}")
    public void purge() {
        int deleted = store.purgeOlderThan(retention);
        if (deleted > 0) {
            LOG.info("Purged {} Idempotency-Key answers older than {}", deleted, retention);
        }
    }
}
