package id.go.tangerangkota.mpp.hub.resilience;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.api.ProblemType;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * The circuit breaker and bulkhead of one agency, shared by all its call routes (inquiries,
 * deliveries, payment steps, preconditions): when the agency keeps failing or is slow, its circuit
 * opens and calls are refused at once instead of waiting for a dead system; at most
 * {@code maxConcurrentCalls} calls are in flight to it, so one slow agency cannot take the threads
 * the others need.
 */
public final class AgencyGuard {

    private final String slug;
    private final String name;
    private final ConnectorDescriptor.Resilience settings;
    private final CircuitBreaker circuit;
    private final Bulkhead bulkhead;

    AgencyGuard(String slug, String name, ConnectorDescriptor.Resilience settings) {
        this.slug = slug;
        this.name = name;
        this.settings = settings;
        ConnectorDescriptor.CircuitBreaker cb = settings.circuitBreakerOrDefault();
        this.circuit = CircuitBreaker.of("agency-" + slug, CircuitBreakerConfig.custom()
                .failureRateThreshold(cb.failureRateThreshold())
                .slowCallDurationThreshold(Duration.ofMillis(cb.slowCallDurationMs()))
                .slowCallRateThreshold(cb.slowCallRateThreshold())
                .minimumNumberOfCalls(cb.minimumCalls())
                .slidingWindowSize(Math.max(cb.minimumCalls(), 20))
                .waitDurationInOpenState(Duration.ofMillis(cb.waitInOpenMs()))
                // The trial after the wait happens on the next call: no timer thread per agency.
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        this.bulkhead = Bulkhead.of("agency-" + slug, BulkheadConfig.custom()
                .maxConcurrentCalls(settings.bulkheadOrDefault().maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO)
                .build());
    }

    /** The settings this guard was built from; a reload with other settings makes a new guard. */
    ConnectorDescriptor.Resilience settings() {
        return settings;
    }

    public CircuitBreaker.State circuitState() {
        return circuit.getState();
    }

    public CircuitBreaker circuit() {
        return circuit;
    }

    /** Calls to the agency under way now (places taken in its bulkhead). */
    public int inFlight() {
        return bulkhead.getBulkheadConfig().getMaxConcurrentCalls()
                - bulkhead.getMetrics().getAvailableConcurrentCalls();
    }

    /**
     * Asks to make one call.
     *
     * @throws HubProblem 503 naming the agency, the circuit's state and a Retry-After, when the
     *                    circuit is open or the agency already has its most calls in flight
     */
    public Permit enter() {
        if (!circuit.tryAcquirePermission()) {
            long retryAfter = Math.max(1, TimeUnit.MILLISECONDS.toSeconds(
                    settings.circuitBreakerOrDefault().waitInOpenMs()));
            throw new HubProblem(ProblemType.AGENCY_UNAVAILABLE, "The system of " + name
                    + " is not called for now: it failed repeatedly and its circuit is open; retry later",
                    List.of(), (int) retryAfter, Map.of("agency", slug, "circuitState", circuit.getState().name()));
        }
        if (!bulkhead.tryAcquirePermission()) {
            circuit.releasePermission();
            throw new HubProblem(ProblemType.AGENCY_UNAVAILABLE, "The system of " + name
                    + " already has as many calls in progress as it may take; retry in a moment",
                    List.of(), 1, Map.of("agency", slug, "circuitState", circuit.getState().name()));
        }
        return new Permit(System.nanoTime());
    }

    /** One call under way; end it exactly once with {@link #succeeded}, {@link #failed} or {@link #uncounted}. */
    public final class Permit {
        private final long start;
        private boolean ended;

        private Permit(long start) {
            this.start = start;
        }

        /** The agency answered (also "not found" or a refusal on the merits: it works). */
        public void succeeded() {
            end(() -> circuit.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS));
        }

        /** The agency failed technically: no answer, a time-out, a server error. */
        public void failed(Throwable why) {
            end(() -> circuit.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, why));
        }

        /** The call failed for a reason that says nothing about the agency (e.g. the hub's own mapping). */
        public void uncounted() {
            end(circuit::releasePermission);
        }

        private void end(Runnable record) {
            if (ended) {
                return;
            }
            ended = true;
            try {
                record.run();
            } finally {
                bulkhead.onComplete();
            }
        }
    }
}
