package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Service 25, {@code /v1.0/transfer-va/payment}: pays a VA, exactly once per paymentRequestId.
 *
 * <ul>
 *   <li>the same paymentRequestId again, for the same VA and amount: the first answer (same
 *       referenceNo), nothing recorded; with another VA or amount: 404 2518 "Inconsistent Request";
 *   <li>closed VA: unknown 404 2512, already paid 404 2514, amount not the bill 404 2513;
 *   <li>open-amount VA: any positive amount is recorded;
 *   <li>test VAs: one records the payment and answers only after a delay beyond the hub's time
 *       limit, one answers 202 2500 "in progress".
 * </ul>
 */
final class PaymentService implements VaService {

    private final VirtualAccountBook book;
    private final VaPayments payments;
    private final Clock clock;
    private final Duration slowAnswer;

    PaymentService(VirtualAccountBook book, VaPayments payments, Clock clock, Duration slowAnswer) {
        this.book = book;
        this.payments = payments;
        this.clock = clock;
        this.slowAnswer = slowAnswer;
    }

    @Override
    public String serviceCode() {
        return "25";
    }

    @Override
    public String path() {
        return "/v1.0/transfer-va/payment";
    }

    @Override
    public void observe(VaRequest request) {
        String paymentRequestId = request.peek("paymentRequestId");
        if (paymentRequestId != null) {
            payments.recordCall(paymentRequestId);
        }
    }

    @Override
    public Map<String, Object> answer(VaRequest request) {
        String psid = request.partnerServiceId();
        String customerNo = request.customerNo();
        request.virtualAccountNo(psid, customerNo);
        String paymentRequestId = request.text("paymentRequestId", 128);
        String inquiryRequestId = request.optionalText("inquiryRequestId", 128);
        long amount = request.paidAmount();
        String trxDateTime = trxDateTime(request.optionalText("trxDateTime", 25));
        VirtualAccount va = book.find(psid, customerNo)
                .orElseThrow(() -> new SnapRejection(404, "12", "Invalid Bill/Virtual Account [Not Found]"));
        VaPayment payment = pay(va, paymentRequestId, inquiryRequestId, amount, trxDateTime);
        if (va.behaviour() == VirtualAccount.Behaviour.SLOW_ANSWER) {
            sleep(slowAnswer);
        }
        return answer(va, payment);
    }

    /** Checks and records under one lock, so two concurrent payments can never both pay a bill. */
    private VaPayment pay(VirtualAccount va, String paymentRequestId, String inquiryRequestId, long amount,
            String trxDateTime) {
        synchronized (payments) {
            VaPayment earlier = payments.payment(paymentRequestId).orElse(null);
            if (earlier != null) {
                if (earlier.virtualAccountNo().equals(va.virtualAccountNo()) && earlier.amount() == amount) {
                    return earlier;
                }
                throw new SnapRejection(404, "18", "Inconsistent Request");
            }
            if (amount <= 0) {
                throw new SnapRejection(404, "13", "Invalid Amount");
            }
            if (!va.open()) {
                if (payments.isPaid(va.virtualAccountNo())) {
                    throw new SnapRejection(404, "14", "Paid Bill");
                }
                if (amount != va.amount()) {
                    throw new SnapRejection(404, "13", "Invalid Amount");
                }
            }
            int sequence = payments.nextSequence();
            VaPayment payment = new VaPayment(va.virtualAccountNo(), paymentRequestId, inquiryRequestId, amount,
                    trxDateTime, DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(clock.withZone(SnapTimestamp.WIB)))
                            + String.format("%07d", 1000 + sequence),
                    va.behaviour() == VirtualAccount.Behaviour.IN_PROGRESS, sequence);
            payments.add(payment);
            return payment;
        }
    }

    private Map<String, Object> answer(VirtualAccount va, VaPayment payment) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("paymentFlagReason", payment.inProgress()
                ? VaData.reason("In progress", "Sedang diproses") : VaData.reason("Success", "Sukses"));
        data.putAll(VaData.identity(va));
        if (payment.inquiryRequestId() != null) {
            data.put("inquiryRequestId", payment.inquiryRequestId());
        }
        data.put("paymentRequestId", payment.paymentRequestId());
        data.put("paidAmount", VaData.money(payment.amount()));
        data.put("totalAmount", VaData.money(va.open() ? payment.amount() : va.amount()));
        data.put("trxDateTime", payment.trxDateTime());
        data.put("referenceNo", payment.referenceNo());
        data.put("paymentFlagStatus", payment.inProgress() ? "02" : "00");
        data.put("billDetails", VaData.billDetails(va));
        data.put("freeTexts", VaData.freeTexts(va));
        Map<String, Object> answer = payment.inProgress()
                ? SnapExchanges.answer("202" + serviceCode() + "00", "Request In Progress")
                : SnapExchanges.answer("200" + serviceCode() + "00", "Successful");
        answer.put("virtualAccountData", data);
        answer.put("additionalInfo", Map.of());
        return answer;
    }

    /** The partner's trxDateTime (ISO-8601 with offset), or now when it sent none. */
    private String trxDateTime(String sent) {
        if (sent == null) {
            return SnapTimestamp.now(clock);
        }
        try {
            OffsetDateTime.parse(sent, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return sent;
        } catch (DateTimeParseException e) {
            throw SnapRejection.invalidFormat("trxDateTime");
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
