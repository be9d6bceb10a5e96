package id.go.tangerangkota.mpp.hub.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.request.RequestStatus;
import id.go.tangerangkota.mpp.hub.request.RequestStore;
import id.go.tangerangkota.mpp.hub.request.ServiceRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Finishes payments left PENDING (the bank or the biller did not answer) or interrupted by a crash:
 * every payment in flight that has not moved for {@code mpp.payment.stale-after} is resumed from the
 * step its progress document names. The counter polls the request until it is decided.
 */
public class PaymentReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentReconciler.class);

    private final RequestStore requests;
    private final PaymentFlow flow;
    private final Clock clock;
    private final Duration staleAfter;

    public PaymentReconciler(RequestStore requests, PaymentFlow flow, Clock clock, Duration staleAfter) {
        this.requests = requests;
        this.flow = flow;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    @Scheduled(fixedDelayString = "${mpp.payment.reconcile-interval:PT15S}",
            initialDelayString = "${mpp.payment.reconcile-interval:PT15S}")
    public void reconcile() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(staleAfter);
        for (ServiceRequest payment : requests.stale("payment", RequestStatus.DISPATCHED, before, 50)) {
            try {
                PaymentResult result = flow.resume(payment);
                LOG.info("Reconciled payment {}: {}", payment.id(), result.outcome());
            } catch (HubProblem e) {
                LOG.warn("Payment {} could not be reconciled yet: {}", payment.id(), e.detail());
            } catch (RuntimeException e) {
                // Only the kind: a database error's message can quote the values it refused.
                LOG.warn("Payment {} could not be reconciled yet ({})", payment.id(), e.getClass().getSimpleName());
            }
        }
    }
}
