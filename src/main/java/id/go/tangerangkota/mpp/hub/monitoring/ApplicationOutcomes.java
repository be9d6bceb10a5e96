package id.go.tangerangkota.mpp.hub.monitoring;

import java.time.Clock;
import java.time.OffsetDateTime;

import id.go.tangerangkota.mpp.hub.request.RequestStatus;
import id.go.tangerangkota.mpp.hub.request.RequestStore;
import id.go.tangerangkota.mpp.hub.request.ServiceRequest;
import id.go.tangerangkota.mpp.hub.request.StatusListener;
import id.go.tangerangkota.mpp.hub.tracing.NikMasking;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts tracked requests (applications and payments) as they end: {@code mpp_applications_finished_total}
 * by agency, service and final status, and {@code mpp_sla_breaches_total} for those that ended after
 * their SLA due time. A request that ends FAILED is also listed among the recent failures.
 */
public class ApplicationOutcomes implements StatusListener {

    private final RequestStore requests;
    private final MeterRegistry meters;
    private final RecentFailures failures;
    private final Clock clock;

    public ApplicationOutcomes(RequestStore requests, MeterRegistry meters, RecentFailures failures, Clock clock) {
        this.requests = requests;
        this.meters = meters;
        this.failures = failures;
        this.clock = clock;
    }

    @Override
    public void statusChanged(String requestId, RequestStatus status) {
        if (!status.isFinal()) {
            return;
        }
        ServiceRequest request = requests.find(requestId).orElse(null);
        if (request == null) {
            return;
        }
        Counter.builder("mpp.applications.finished")
                .description("Tracked requests (applications, payments) that reached a final status")
                .tag("agency", request.agency()).tag("service", request.service()).tag("status", status.name())
                .register(meters).increment();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (request.slaDueAt() != null && now.isAfter(request.slaDueAt())) {
            Counter.builder("mpp.sla.breaches")
                    .description("Requests that reached a final status after their SLA due time")
                    .tag("agency", request.agency()).tag("service", request.service())
                    .register(meters).increment();
        }
        if (status == RequestStatus.FAILED) {
            failures.add(new RecentFailures.Failure(now, requestId, request.agency(), request.service(),
                    request.mode(), "REQUEST_FAILED",
                    NikMasking.mask(request.reason() == null ? "failed" : request.reason())));
        }
    }
}
