package id.go.tangerangkota.mpp.hub.payment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.api.ProblemType;
import id.go.tangerangkota.mpp.hub.api.ServiceCall;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorDescriptor;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.ConnectorState;
import id.go.tangerangkota.mpp.hub.connector.EnvelopeFactory;
import id.go.tangerangkota.mpp.hub.connector.Placeholders;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;
import id.go.tangerangkota.mpp.hub.protocol.AgencyOutcome;
import id.go.tangerangkota.mpp.hub.protocol.NikRules;
import id.go.tangerangkota.mpp.hub.request.RequestStatus;
import id.go.tangerangkota.mpp.hub.request.RequestStore;
import id.go.tangerangkota.mpp.hub.request.ServiceRequest;
import id.go.tangerangkota.mpp.hub.request.TrackingCodes;
import id.go.tangerangkota.mpp.hub.security.NikHasher;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays a bill exactly once, as the connector's {@code payment} block says:
 * <ol>
 * <li>look the bill up at the biller; refuse when it is paid or the amount differs;</li>
 * <li>hold the bill ({@link BillLocks}) and pay it through the bank, the hub's request id being the
 * external id the bank deduplicates on;</li>
 * <li>when the bank does not answer (or answers "duplicate external id"), ask its payment status
 * instead of paying again; when even that is unknown the payment stays PENDING and
 * {@link PaymentReconciler} finishes it;</li>
 * <li>confirm to the biller; when the confirmation times out, reverse it there.</li>
 * </ol>
 * Each step is written down (history and progress document) before it is taken, so a crash at any
 * point resumes from the right step and never pays twice.
 */
public class PaymentFlow {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentFlow.class);

    /** Steps of the progress document, written before each is taken. */
    static final String STEP_BANK = "BANK";
    static final String STEP_CONFIRM = "CONFIRM";
    static final String STEP_REVERSAL = "REVERSAL";
    /** Status inquiries answering "no such payment" before a payment counts as never received. */
    static final int NOT_FOUND_CHECKS = 3;

    private final ConnectorRegistry registry;
    private final RequestStore requests;
    private final BillLocks locks;
    private final AgencyCalls calls;
    private final EnvelopeFactory envelopes;
    private final NikHasher nikHasher;
    private final ObjectMapper json;
    private final Clock clock;

    public PaymentFlow(ConnectorRegistry registry, RequestStore requests, BillLocks locks, AgencyCalls calls,
            EnvelopeFactory envelopes, NikHasher nikHasher, ObjectMapper json, Clock clock) {
        this.registry = registry;
        this.requests = requests;
        this.locks = locks;
        this.calls = calls;
        this.envelopes = envelopes;
        this.nikHasher = nikHasher;
        this.json = json;
        this.clock = clock;
    }

    /** Route step: pays the validated counter call and leaves a {@link PaymentResult} as body. */
    public void pay(Exchange exchange) {
        exchange.getMessage().setBody(pay(exchange.getProperty("mppCall", ServiceCall.class)));
    }

    PaymentResult pay(ServiceCall call) {
        ConnectorDescriptor.Payment plan = call.service().payment();
        if (plan == null) {
            throw new HubProblem(ProblemType.SERVICE_MODE_NOT_AVAILABLE, call.connector().displayName()
                    + " payments are not configured in this hub yet", List.of(), 3600, Map.of());
        }
        Connector bank = bankOf(plan);
        ServiceRequest request = requests.create(new RequestStore.NewRequest(call.requestId(), TrackingCodes.next(),
                call.connector().slug(), call.service().id(), "payment", nikHasher.hash(call.nik()),
                NikRules.mask(call.nik()), call.clientId(), call.site(), call.payload().toString(), null, call.role(),
                call.purpose()));
        Steps steps = new Steps(request, call.connector(), bank, plan, call.payload());
        try {
            return lookUpLockAndPay(call, plan, bank, request, steps);
        } catch (RuntimeException failure) {
            // Failed before the bank was asked (still RECEIVED): nothing was paid, so no orphan request and
            // no lock is left. Once DISPATCHED, the lock stays and the reconciler finishes the payment.
            if (requests.transition(request.id(), RequestStatus.RECEIVED, RequestStatus.FAILED, "Not paid", null,
                    null, failure instanceof HubProblem problem ? problem.detail() : "The payment could not be started")) {
                locks.release(request.id());
            }
            throw failure;
        }
    }

    private PaymentResult lookUpLockAndPay(ServiceCall call, ConnectorDescriptor.Payment plan, Connector bank,
            ServiceRequest request, Steps steps) {
        JsonNode bill = lookUp(call, plan, steps);
        if (bill == null) {
            return steps.rejection;
        }
        String billKey = Placeholders.fill(plan.billKeyOrDefault(), json.createObjectNode().set("bill", bill), false);
        // Held by its keyed hash: a bill key is a customer or billing number, the lock needs only equality.
        if (!locks.acquire(call.connector().slug(), nikHasher.hash(billKey), request.id())) {
            return steps.rejectBeforeDispatch(null, bill, "A payment of this bill is already in progress");
        }
        // Looked up again now that the bill is held: another counter may have paid it in between.
        bill = lookUp(call, plan, steps);
        if (bill == null) {
            locks.release(request.id());
            return steps.rejection;
        }
        long amount = bill.path("totalAmount").asLong();
        ObjectNode progress = json.createObjectNode();
        progress.put("status", "PENDING").put("externalId", request.id()).put("amount", amount).put("currency", "IDR");
        // Only what later steps need of the bill (no names): a resumed payment never asks the biller again.
        progress.putObject("bill").put("customerId", bill.path("customerId").asText(null))
                .put("billReference", bill.path("billReference").asText(null)).put("totalAmount", amount);
        if (plan.settlement() != null) {
            ObjectNode context = json.createObjectNode();
            context.set("bill", bill);
            context.set("data", call.payload().path("data"));
            ObjectNode settlement = progress.putObject("settlement");
            plan.settlement().forEach((k, v) -> settlement.put(k, Placeholders.fill(v, context, false)));
        }
        progress.put("step", STEP_BANK);
        requests.transition(request.id(), RequestStatus.RECEIVED, RequestStatus.DISPATCHED,
                "Paying Rp " + amount + " through " + bank.displayName(), null, progress.toString(), null);
        return steps.payAtBank(progress);
    }

    /** The unpaid bill as asked, or null with the refusal recorded in {@code steps.rejection}. */
    private JsonNode lookUp(ServiceCall call, ConnectorDescriptor.Payment plan, Steps steps) {
        AgencyOutcome billAnswer = calls.call(call.connector().slug(), plan.bill(),
                steps.envelope(call.connector(), steps.data()));
        JsonNode bill = billAnswer.result();
        String refusal = refusal(billAnswer, bill, steps);
        if (refusal != null) {
            steps.rejection = steps.rejectBeforeDispatch(billAnswer, bill, refusal);
            return null;
        }
        return bill;
    }

    /** Finishes a payment left PENDING or interrupted, from the step its progress document names. */
    PaymentResult resume(ServiceRequest request) {
        Connector biller = registry.find(request.agency()).orElseThrow();
        ConnectorDescriptor.Payment plan = biller.service(request.service()).orElseThrow().payment();
        Steps steps = new Steps(request, biller, bankOf(plan), plan, read(request.payload()));
        ObjectNode progress = (ObjectNode) read(request.result());
        return switch (progress.path("step").asText()) {
            case STEP_BANK -> steps.askBankStatus(progress);
            case STEP_CONFIRM -> steps.confirm(progress);
            case STEP_REVERSAL -> steps.reverse(progress);
            default -> steps.finish(progress, RequestStatus.FAILED, ProblemType.AGENCY_ERROR,
                    "Interrupted before the bank was asked; nothing was paid");
        };
    }

    private Connector bankOf(ConnectorDescriptor.Payment plan) {
        Connector bank = registry.find(plan.bank().connector()).orElse(null);
        if (bank == null || bank.state() != ConnectorState.AVAILABLE) {
            throw new HubProblem(ProblemType.CONNECTOR_NOT_ENABLED, "Payments go through "
                    + plan.bank().connector() + ", whose connector is not available", List.of(), 300,
                    Map.of("agency", plan.bank().connector()));
        }
        return bank;
    }

    /** Why the bill cannot be paid as asked, or null. */
    private static String refusal(AgencyOutcome answer, JsonNode bill, Steps steps) {
        if (answer.kind() == AgencyOutcome.Kind.AUTH_FAILED || answer.kind() == AgencyOutcome.Kind.AGENCY_ERROR) {
            throw answer.kind() == AgencyOutcome.Kind.AUTH_FAILED
                    ? AgencyFailures.authFailed(steps.biller.slug(), steps.biller.displayName(), answer.reason())
                    : AgencyFailures.agencyError(steps.biller.slug(), steps.biller.displayName(), answer.reason());
        }
        if (answer.kind() != AgencyOutcome.Kind.OK) {
            return answer.reason();
        }
        if (!"UNPAID".equals(bill.path("status").asText())) {
            return "There is no unpaid bill";
        }
        long asked = steps.data().path("amount").asLong(-1);
        long due = bill.path("totalAmount").asLong();
        return asked == due ? null : "The bill is Rp " + due + ", not Rp " + asked;
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The steps of one payment, with what they share. */
    private final class Steps {
        private final ServiceRequest request;
        private final Connector biller;
        private final Connector bank;
        private final ConnectorDescriptor.Payment plan;
        private final JsonNode payload;
        /** The refusal of a bill look-up, when there was one. */
        private PaymentResult rejection;

        Steps(ServiceRequest request, Connector biller, Connector bank, ConnectorDescriptor.Payment plan,
                JsonNode payload) {
            this.request = request;
            this.biller = biller;
            this.bank = bank;
            this.plan = plan;
            this.payload = payload;
        }

        JsonNode data() {
            return payload.path("data");
        }

        ObjectNode envelope(Connector connector, JsonNode data) {
            ObjectNode body = json.createObjectNode();
            body.set("citizen", payload.path("citizen"));
            body.set("data", data);
            return envelopes.build(connector, request.id(), body, request.clientId(), request.site());
        }

        PaymentResult rejectBeforeDispatch(AgencyOutcome answer, JsonNode bill, String reason) {
            ProblemType type = answer == null ? ProblemType.PAYMENT_IN_PROGRESS
                    : answer.kind() == AgencyOutcome.Kind.NOT_FOUND ? ProblemType.AGENCY_NOT_FOUND
                    : answer.hasCode(AgencyOutcome.ALREADY_PAID) || (bill != null && bill.has("status")
                            && !"UNPAID".equals(bill.path("status").asText())) ? ProblemType.ALREADY_PAID
                    : answer.kind() == AgencyOutcome.Kind.OK ? ProblemType.AMOUNT_MISMATCH
                    : ProblemType.AGENCY_REJECTED;
            requests.transition(request.id(), RequestStatus.RECEIVED, RequestStatus.REJECTED, "Not paid", null, null,
                    reason);
            return new PaymentResult(PaymentResult.Outcome.REJECTED, request.id(), request.trackingCode(), null, type,
                    biller.displayName() + ": " + reason);
        }

        /** The bank's data: the biller's settlement account, or the bank's own virtual account. */
        ObjectNode bankData(ObjectNode progress) {
            ObjectNode bankData;
            if (progress.has("settlement")) {
                bankData = progress.path("settlement").deepCopy();
            } else {
                bankData = data().deepCopy();
                bankData.put("inquiryRequestId", progress.path("bill").path("billReference").asText(null));
            }
            bankData.put("amount", progress.path("amount").asLong());
            bankData.put("paymentRequestId", request.id());
            return bankData;
        }

        PaymentResult payAtBank(ObjectNode progress) {
            AgencyOutcome paid;
            try {
                paid = calls.call(bank.slug(), plan.bank().pay(), envelope(bank, bankData(progress)));
            } catch (HubProblem noAnswer) {
                note("The bank did not answer (" + noAnswer.detail() + "); asking its payment status");
                return askBankStatus(progress);
            }
            if (paid.kind() == AgencyOutcome.Kind.OK) {
                return "PAID".equals(paid.result().path("status").asText()) ? bankPaid(progress, paid.result())
                        : pending(progress, "The bank is still processing the payment");
            }
            if (paid.hasCode(AgencyOutcome.DUPLICATE_EXTERNAL_ID) || paid.kind() == AgencyOutcome.Kind.AGENCY_ERROR
                    || paid.kind() == AgencyOutcome.Kind.AUTH_FAILED) {
                note("The bank's answer does not say whether it paid (" + paid.reason() + "); asking its payment status");
                return askBankStatus(progress);
            }
            return finish(progress, RequestStatus.REJECTED, paid.hasCode(AgencyOutcome.ALREADY_PAID)
                    ? ProblemType.ALREADY_PAID : ProblemType.AGENCY_REJECTED,
                    bank.displayName() + " refused the payment: " + paid.reason());
        }

        PaymentResult askBankStatus(ObjectNode progress) {
            AgencyOutcome status;
            try {
                status = calls.call(bank.slug(), plan.bank().status(), envelope(bank, bankData(progress)));
            } catch (HubProblem noAnswer) {
                return pending(progress, "The bank's payment status is not known yet");
            }
            String state = status.kind() == AgencyOutcome.Kind.OK ? status.result().path("status").asText()
                    : status.kind() == AgencyOutcome.Kind.NOT_FOUND ? "NOT_FOUND" : "";
            // A payment the bank has never heard of, asked a few times over at least a minute, never
            // reached it (refused connection, a crash before the call): nothing was paid.
            int asked = progress.path("statusChecks").asInt() + 1;
            progress.put("statusChecks", asked);
            boolean neverReached = state.equals("NOT_FOUND") && asked >= NOT_FOUND_CHECKS;
            return switch (state) {
                case "PAID" -> bankPaid(progress, status.result());
                case "FAILED" -> finish(progress, RequestStatus.FAILED, ProblemType.AGENCY_ERROR,
                        bank.displayName() + " did not take the payment; nothing was paid. Try again.");
                default -> neverReached ? finish(progress, RequestStatus.FAILED, ProblemType.AGENCY_ERROR,
                        bank.displayName() + " never received the payment; nothing was paid. Try again.")
                        : pending(progress, "The bank's payment status is not known yet");
            };
        }

        PaymentResult bankPaid(ObjectNode progress, JsonNode bankAnswer) {
            String reference = bankAnswer.path("bankReference").asText(bankAnswer.path("reference").asText(null));
            progress.put("bankReference", reference);
            progress.put("paidAt", bankAnswer.path("paidAt").asText(OffsetDateTime.now(clock).toString()));
            if (plan.confirm() == null) {
                return completed(progress, bankAnswer);
            }
            progress.put("step", STEP_CONFIRM);
            record(progress, "Paid at " + bank.displayName() + " (reference " + reference + "); confirming to "
                    + biller.displayName());
            return confirm(progress);
        }

        ObjectNode billerData(ObjectNode progress) {
            ObjectNode confirmData = data().deepCopy();
            JsonNode bill = progress.path("bill");
            if (bill.hasNonNull("customerId")) {
                confirmData.put("customerId", bill.path("customerId").asText());
            }
            confirmData.put("amount", progress.path("amount").asLong());
            confirmData.put("billReference", bill.path("billReference").asText(null));
            confirmData.put("bankReference", progress.path("bankReference").asText(null));
            confirmData.put("paidAt", progress.path("paidAt").asText(null));
            return confirmData;
        }

        PaymentResult confirm(ObjectNode progress) {
            AgencyOutcome confirmed;
            try {
                confirmed = calls.call(biller.slug(), plan.confirm(), envelope(biller, billerData(progress)));
            } catch (HubProblem unclear) {
                return unclearConfirmation(progress, unclear.detail());
            }
            return switch (confirmed.kind()) {
                case OK -> completed(progress, confirmed.result());
                // The biller said no on the merits: it has not booked the payment.
                case NOT_FOUND, REJECTED -> refund(progress, confirmed.reason());
                // An error answer does not say whether the biller booked it.
                default -> unclearConfirmation(progress, confirmed.reason());
            };
        }

        /**
         * The biller's confirmation did not come back clearly (timeout, error): reverse it there when the
         * biller has reversals, else keep it pending and confirm again later (billers deduplicate on
         * the hub's request id, so a repeated confirmation books nothing twice).
         */
        PaymentResult unclearConfirmation(ObjectNode progress, String why) {
            if (plan.reversal() != null) {
                progress.put("step", STEP_REVERSAL);
                record(progress, biller.displayName() + " did not confirm clearly (" + why + "); reversing");
                return reverse(progress);
            }
            return pending(progress, biller.displayName() + " has not confirmed yet (" + why + ")");
        }

        PaymentResult reverse(ObjectNode progress) {
            AgencyOutcome reversed;
            try {
                reversed = calls.call(biller.slug(), plan.reversal(), envelope(biller, billerData(progress)));
            } catch (HubProblem noAnswer) {
                return pending(progress, "The reversal at " + biller.displayName() + " is not confirmed yet");
            }
            if (reversed.kind() == AgencyOutcome.Kind.NOT_FOUND) {
                // The biller has no such payment: its confirmation never booked anything.
                return refund(progress, biller.displayName() + " has no record of the payment");
            }
            if (reversed.kind() != AgencyOutcome.Kind.OK) {
                return pending(progress, biller.displayName() + " did not accept the reversal: " + reversed.reason());
            }
            progress.put("status", "REVERSED");
            progress.put("refundDue", true);
            String reason = biller.displayName() + " did not confirm the payment in time, so it was reversed there."
                    + " The bank payment (reference " + progress.path("bankReference").asText() + ") is marked for"
                    + " refund; the citizen owes nothing for this attempt and must not pay it again.";
            return finish(progress, RequestStatus.FAILED, ProblemType.PAYMENT_REVERSED, reason);
        }

        PaymentResult refund(ObjectNode progress, String why) {
            progress.put("status", "FAILED");
            progress.put("refundDue", true);
            return finish(progress, RequestStatus.FAILED, ProblemType.AGENCY_ERROR, biller.displayName()
                    + " did not book the payment after the bank paid (" + why + "); the bank payment (reference "
                    + progress.path("bankReference").asText() + ") is marked for refund");
        }

        PaymentResult completed(ObjectNode progress, JsonNode answer) {
            progress.put("status", "PAID");
            copyIfPresent(answer, progress, "billerReference");
            copyIfPresent(answer, progress, "receiptText");
            progress.remove("step");
            if (!requests.transition(request.id(), RequestStatus.DISPATCHED, RequestStatus.COMPLETED, "Paid",
                    progress.path("bankReference").asText(null), progress.toString(), null)) {
                return decidedElsewhere();
            }
            locks.release(request.id());
            LOG.info("Payment {} to {} completed", request.id(), biller.slug());
            return new PaymentResult(PaymentResult.Outcome.PAID, request.id(), request.trackingCode(), progress, null,
                    null);
        }

        PaymentResult pending(ObjectNode progress, String why) {
            record(progress, why);
            LOG.warn("Payment {} to {} is pending: {}", request.id(), biller.slug(), why);
            return new PaymentResult(PaymentResult.Outcome.PENDING, request.id(), request.trackingCode(), progress,
                    null, why);
        }

        PaymentResult finish(ObjectNode progress, RequestStatus end, ProblemType type, String reason) {
            progress.remove("step");
            if (!"REVERSED".equals(progress.path("status").asText())) {
                progress.put("status", "FAILED");
            }
            progress.put("reason", reason);
            if (!requests.transition(request.id(), RequestStatus.DISPATCHED, end, "Not paid",
                    progress.path("bankReference").asText(null), progress.toString(), reason)) {
                return decidedElsewhere();
            }
            locks.release(request.id());
            LOG.warn("Payment {} to {} ended {}: {}", request.id(), biller.slug(), end, reason);
            return new PaymentResult(type == ProblemType.PAYMENT_REVERSED ? PaymentResult.Outcome.REVERSED
                    : PaymentResult.Outcome.REJECTED, request.id(), request.trackingCode(), progress, type, reason);
        }

        /**
         * Another run (the reconciler, or the counter's own call) decided this payment first: its
         * stored outcome stands, and this run reports it instead of its own.
         */
        PaymentResult decidedElsewhere() {
            ServiceRequest now = requests.find(request.id()).orElseThrow();
            JsonNode payment = now.result() == null ? null : read(now.result());
            LOG.info("Payment {} was decided meanwhile ({}); that outcome stands", request.id(), now.status());
            if (now.status() == RequestStatus.COMPLETED) {
                return new PaymentResult(PaymentResult.Outcome.PAID, request.id(), request.trackingCode(), payment,
                        null, null);
            }
            return new PaymentResult(PaymentResult.Outcome.REJECTED, request.id(), request.trackingCode(), payment,
                    ProblemType.AGENCY_ERROR, now.reason());
        }

        void record(ObjectNode progress, String note) {
            requests.record(request.id(), RequestStatus.DISPATCHED, note, progress.toString());
        }

        void note(String note) {
            requests.record(request.id(), RequestStatus.DISPATCHED, note, null);
        }
    }

    private static void copyIfPresent(JsonNode from, ObjectNode to, String field) {
        if (from != null && from.hasNonNull(field)) {
            to.put(field, from.path(field).asText());
        }
    }
}
