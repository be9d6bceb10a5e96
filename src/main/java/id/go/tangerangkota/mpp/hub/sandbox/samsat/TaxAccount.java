package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A vehicle's standing at the host: its current notice, whether and how that notice was paid,
 * and a block (stolen, moved to another province) if any. The payment is the only part that
 * changes; it changes under the account's lock, so two banks paying one notice at once cannot
 * both succeed.
 */
final class TaxAccount {

    private final Vehicle vehicle;
    private final TaxNotice notice;
    private final String blockedReason;
    private Payment payment;

    TaxAccount(Vehicle vehicle, TaxNotice notice, Payment payment, String blockedReason) {
        this.vehicle = vehicle;
        this.notice = notice;
        this.payment = payment;
        this.blockedReason = blockedReason;
    }

    /**
     * How a notice was paid.
     *
     * @param ntpd          the receipt number (Nomor Transaksi Pendapatan Daerah)
     * @param idTransaksi   the paying channel's transaction id, null for a payment made elsewhere
     * @param bankReference the bank's reference
     * @param paidAt        when the bank took the money
     */
    record Payment(String ntpd, String idTransaksi, String bankReference, OffsetDateTime paidAt) {
    }

    Vehicle vehicle() {
        return vehicle;
    }

    TaxNotice notice() {
        return notice;
    }

    Optional<String> blockedReason() {
        return Optional.ofNullable(blockedReason);
    }

    synchronized Optional<Payment> payment() {
        return Optional.ofNullable(payment);
    }

    /**
     * Records a payment unless the notice is already paid.
     *
     * @return the payment now recorded, or empty when an earlier one stands
     */
    synchronized Optional<Payment> pay(Payment newPayment) {
        if (payment != null) {
            return Optional.empty();
        }
        payment = newPayment;
        return Optional.of(newPayment);
    }
}
