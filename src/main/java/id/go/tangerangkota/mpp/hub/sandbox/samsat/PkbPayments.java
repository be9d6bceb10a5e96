package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The payment notifications (BayarPKB) the host settled, deduplicated on the bank's
 * {@code idTransaksi} as a biller must: the same id again is answered with the same receipt and
 * pays nothing twice. Tests read it to prove exactly-once payment.
 */
public final class PkbPayments {

    private final ConcurrentHashMap<String, Receipt> byTransaction = new ConcurrentHashMap<>();
    private final CallCounts calls = new CallCounts();

    /**
     * One settled payment.
     *
     * @param idTransaksi   the paying channel's id (the hub's request id)
     * @param billingCode   the notice paid
     * @param plate         its vehicle
     * @param amount        rupiah paid
     * @param bankReference the bank's reference
     * @param paidAt        when the bank took the money
     * @param ntpd          the receipt number issued
     */
    public record Receipt(String idTransaksi, String billingCode, String plate, long amount, String bankReference,
            OffsetDateTime paidAt, String ntpd) {
    }

    /** Distinct transactions settled (each idTransaksi once). */
    public int paymentsReceived() {
        return byTransaction.size();
    }

    /** Every BayarPKB call that carried this idTransaksi, refused ones and repeats included. */
    public long callsFor(String idTransaksi) {
        return calls.count(idTransaksi);
    }

    /** The receipt of a settled transaction. */
    public Optional<Receipt> receipt(String idTransaksi) {
        return Optional.ofNullable(byTransaction.get(idTransaksi));
    }

    void recordCall(String idTransaksi) {
        calls.record(idTransaksi);
    }

    /** Keeps the first receipt for an id; a concurrent second settlement gets that one back. */
    Receipt settleOnce(Receipt receipt) {
        Receipt earlier = byTransaction.putIfAbsent(receipt.idTransaksi(), receipt);
        return earlier == null ? receipt : earlier;
    }
}
