package id.go.tangerangkota.mpp.hub.sandbox.pln;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The simulated host's books: which bills are unpaid, the switcher references issued with
 * inquiries, and the payments booked, by the partner's reference. Tests read it to prove that a
 * payment was booked once however often the hub sent it, and that a reversal restored the bills.
 *
 * <p>Every method is synchronized: a payment's checks and its booking happen as one step.
 */
public final class PlnLedger {

    private final Map<String, List<PlnBill>> unpaid = new HashMap<>();
    private final Map<String, String> issuedReferences = new HashMap<>();
    private final Map<String, PlnPayment> payments = new HashMap<>();
    private final Set<String> reversed = new HashSet<>();
    private final Map<String, Integer> paymentMessages = new HashMap<>();
    private final Set<String> payable = new HashSet<>();
    private int reversals;

    PlnLedger(PlnCustomers customers) {
        customers.all().forEach(c -> unpaid.put(c.idpel(), new ArrayList<>(c.bills())));
        customers.all().stream().filter(c -> c.kind() == PlnCustomer.Kind.NORMAL)
                .forEach(c -> payable.add(c.idpel()));
    }

    /** Distinct payments booked (each partner reference once), reversed ones included. */
    public synchronized int paymentsBooked() {
        return payments.size();
    }

    /** Payment messages (2200) that carried this partner reference, whatever was answered. */
    public synchronized int paymentMessages(String partnerReference) {
        return paymentMessages.getOrDefault(partnerReference, 0);
    }

    /** Payments undone by a reversal. */
    public synchronized int reversals() {
        return reversals;
    }

    /** True when a payment with this reference is booked and not reversed. */
    public synchronized boolean isPaid(String partnerReference) {
        return payments.containsKey(partnerReference) && !reversed.contains(partnerReference);
    }

    /** The number of unpaid bills of a customer (0 for an unknown one). */
    public synchronized int unpaidBills(String idpel) {
        return unpaid.getOrDefault(idpel, List.of()).size();
    }

    /**
     * Customers served normally (not blocked, no special test behaviour) with exactly one unpaid
     * bill now, for tests and demos that pay; Budi is left out so his example bill stays.
     */
    public synchronized List<String> customersWithOneUnpaidBill() {
        return unpaid.entrySet().stream()
                .filter(e -> e.getValue().size() == 1 && payable.contains(e.getKey()))
                .map(Map.Entry::getKey)
                .filter(idpel -> !idpel.equals(PlnCustomers.BUDI_IDPEL))
                .sorted()
                .toList();
    }

    synchronized List<PlnBill> unpaid(String idpel) {
        return List.copyOf(unpaid.getOrDefault(idpel, List.of()));
    }

    synchronized String issueReference(String idpel) {
        String reference = UUID.randomUUID().toString().replace("-", "").toUpperCase(java.util.Locale.ROOT);
        issuedReferences.put(reference, idpel);
        return reference;
    }

    synchronized boolean issuedFor(String reference, String idpel) {
        return reference != null && idpel.equals(issuedReferences.get(reference));
    }

    synchronized void countPaymentMessage(String partnerReference) {
        paymentMessages.merge(partnerReference, 1, Integer::sum);
    }

    synchronized Optional<PlnPayment> payment(String partnerReference) {
        return Optional.ofNullable(payments.get(partnerReference));
    }

    synchronized boolean isReversed(String partnerReference) {
        return reversed.contains(partnerReference);
    }

    /** Books a payment of the customer's oldest bills; the caller checked everything first. */
    synchronized void book(PlnPayment payment) {
        List<PlnBill> open = unpaid.get(payment.idpel());
        open.removeAll(payment.bills());
        payments.put(payment.partnerReference(), payment);
    }

    /** Undoes a payment: its bills are unpaid again. */
    synchronized void reverse(PlnPayment payment) {
        List<PlnBill> open = unpaid.get(payment.idpel());
        open.addAll(payment.bills());
        open.sort(Comparator.comparing(PlnBill::period));
        reversed.add(payment.partnerReference());
        reversals++;
    }
}
