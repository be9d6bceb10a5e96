package id.go.tangerangkota.mpp.hub.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.resilience.CallListener;
import id.go.tangerangkota.mpp.hub.tracing.NikMasking;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.Exchange;

/**
 * Every agency call's figures: the {@code mpp_agency_call_seconds} histogram (by agency, service and
 * outcome) for Prometheus, and per agency the last five minutes' calls (p50/p95), the last success
 * and the last error for the admin API. Failed calls also go to {@link RecentFailures}.
 */
public class AgencyCallStatistics implements CallListener {

    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int WINDOW_CAPACITY = 20_000;

    private final MeterRegistry meters;
    private final RecentFailures failures;
    private final Clock clock;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Map<String, AgencyCalls> agencies = new ConcurrentHashMap<>();

    public AgencyCallStatistics(MeterRegistry meters, RecentFailures failures, Clock clock) {
        this.meters = meters;
        this.failures = failures;
        this.clock = clock;
    }

    /** The last error of an agency: when and why. */
    public record LastError(OffsetDateTime at, String reason) {
    }

    /** An agency's call figures now. */
    public record Figures(LatencyWindow.Summary window, OffsetDateTime lastSuccessAt, LastError lastError) {
    }

    @Override
    public void callEnded(Exchange exchange, String agency, String service, Outcome outcome, long nanos,
            String reason) {
        if (agency == null) {
            return;
        }
        String serviceLabel = service == null ? "unknown" : service;
        if (outcome != Outcome.REFUSED) {
            timer(agency, serviceLabel, outcome).record(Duration.ofNanos(nanos));
        }
        AgencyCalls calls = agencies.computeIfAbsent(agency, a -> new AgencyCalls());
        calls.window.add(clock.millis(), nanos, outcome != Outcome.REFUSED, outcome != Outcome.SUCCESS);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (outcome == Outcome.SUCCESS) {
            calls.lastSuccessAt = now;
            return;
        }
        String safeReason = NikMasking.mask(reason == null ? outcome.label() : reason);
        calls.lastError = new LastError(now, safeReason);
        failures.add(new RecentFailures.Failure(now, requestIdOf(exchange), agency, serviceLabel,
                exchange.getProperty(FlowKeys.MODE, String.class), outcome == Outcome.AGENCY_ERROR ? "AGENCY_ERROR" : "AGENCY_" + outcome.name(), safeReason));
    }

    /** The agency's figures (empty ones for an agency not called since the hub started). */
    public Figures figures(String agency) {
        AgencyCalls calls = agencies.get(agency);
        if (calls == null) {
            return new Figures(new LatencyWindow.Summary(0, 0, null, null), null, null);
        }
        return new Figures(calls.window.summary(clock.millis()), calls.lastSuccessAt, calls.lastError);
    }

    private Timer timer(String agency, String service, Outcome outcome) {
        return timers.computeIfAbsent(agency + '\n' + service + '\n' + outcome, k -> Timer.builder("mpp.agency.call")
                .description("Calls from the hub to an agency's system")
                .tag("agency", agency)
                .tag("service", service)
                .tag("outcome", outcome.label())
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(meters));
    }

    private static String requestIdOf(Exchange exchange) {
        Object envelope = exchange.getProperty(FlowKeys.ENVELOPE);
        if (envelope instanceof JsonNode node && node.hasNonNull("requestId")) {
            return node.get("requestId").asText();
        }
        return exchange.getProperty(FlowKeys.REQUEST_ID, String.class);
    }

    /** One agency's running figures; the fields are written by calling threads and read by the API. */
    private static final class AgencyCalls {
        final LatencyWindow window = new LatencyWindow(WINDOW, WINDOW_CAPACITY);
        volatile OffsetDateTime lastSuccessAt;
        volatile LastError lastError;
    }
}
