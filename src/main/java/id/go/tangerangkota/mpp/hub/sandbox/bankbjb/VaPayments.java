package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The payments the sandbox bank recorded, deduplicated on paymentRequestId as the bank does, and
 * the number of payment calls that carried each paymentRequestId.
 *
 * <p>What tests read to prove exactly-once payment: however often the hub repeats a payment,
 * {@link #recordedFor} holds it once while {@link #callsFor} shows the repeats.
 */
public final class VaPayments {

    private final ConcurrentHashMap<String, VaPayment> byRequestId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    /**
     * The VAs with a payment: asked on every inquiry and payment, so kept as a set rather than
     * found by scanning every payment (a load test records tens of thousands).
     */
    private final Set<String> paidVirtualAccounts = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sequence = new AtomicInteger();

    /**
     * The payments recorded for a VA, in order.
     *
     * @param partnerServiceId the prefix, padded or not (e.g. {@code 88367})
     */
    public List<VaPayment> recordedFor(String partnerServiceId, String customerNo) {
        String vaNo = pad(partnerServiceId) + customerNo;
        return byRequestId.values().stream().filter(p -> p.virtualAccountNo().equals(vaNo))
                .sorted(Comparator.comparingInt(VaPayment::sequence)).toList();
    }

    /** How many payments were recorded under this paymentRequestId: 0 or 1, never more. */
    public int recordedCount(String paymentRequestId) {
        return byRequestId.containsKey(paymentRequestId) ? 1 : 0;
    }

    /** Every payment call (service 25) that carried this paymentRequestId, refused ones included. */
    public int callsFor(String paymentRequestId) {
        AtomicInteger count = calls.get(paymentRequestId);
        return count == null ? 0 : count.get();
    }

    /** The payment recorded under this paymentRequestId. */
    public Optional<VaPayment> payment(String paymentRequestId) {
        return Optional.ofNullable(byRequestId.get(paymentRequestId));
    }

    /** The number of payments recorded, seed payments included. */
    public int size() {
        return byRequestId.size();
    }

    void recordCall(String paymentRequestId) {
        calls.computeIfAbsent(paymentRequestId, id -> new AtomicInteger()).incrementAndGet();
    }

    /** True when the VA has a payment (done or in progress). */
    boolean isPaid(String virtualAccountNo) {
        return paidVirtualAccounts.contains(virtualAccountNo);
    }

    int nextSequence() {
        return sequence.incrementAndGet();
    }

    void add(VaPayment payment) {
        byRequestId.put(payment.paymentRequestId(), payment);
        paidVirtualAccounts.add(payment.virtualAccountNo());
    }

    private static String pad(String partnerServiceId) {
        String trimmed = partnerServiceId.strip();
        return " ".repeat(Math.max(0, 8 - trimmed.length())) + trimmed;
    }
}
