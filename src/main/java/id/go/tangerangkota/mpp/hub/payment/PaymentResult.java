package id.go.tangerangkota.mpp.hub.payment;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.api.ProblemType;

/**
 * What a payment came to, for the counter: PAID (with the receipt), PENDING (poll the request),
 * or a refusal or reversal as a problem. Never "unknown".
 *
 * @param requestId the stored payment request
 * @param payment   the canonical payment document (payment.schema.json)
 * @param problem   the problem type for REJECTED and REVERSED outcomes, else null
 * @param detail    the clerk's explanation for a problem
 */
public record PaymentResult(Outcome outcome, String requestId, String trackingCode, JsonNode payment,
        ProblemType problem, String detail) {

    /** The four ways a payment ends for the counter. */
    public enum Outcome {
        PAID, PENDING, REJECTED, REVERSED
    }
}
