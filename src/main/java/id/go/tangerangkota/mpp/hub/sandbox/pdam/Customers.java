package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customers of the simulated Tirta Benteng and which of their bills are paid: seeded ones, and
 * those paid through the hub since the start. Payments change it, so every access holds the store's
 * lock: "check unpaid, then mark paid" must be atomic, or two payments could settle one bill.
 */
public final class Customers {

    private final Map<String, Customer> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> idsByNik = new HashMap<>();
    private final Map<String, String> receiptsPaidHere = new HashMap<>();

    Customers(List<Customer> seed) {
        for (Customer c : seed) {
            if (byId.putIfAbsent(c.custId(), c) != null) {
                throw new IllegalStateException("seed customer id " + c.custId() + " is not unique");
            }
            idsByNik.computeIfAbsent(c.nik(), nik -> new ArrayList<>()).add(c.custId());
        }
    }

    /** The customer with this id. */
    public synchronized Optional<Customer> byId(String custId) {
        return Optional.ofNullable(byId.get(custId));
    }

    /** The connections a citizen owns. */
    public synchronized List<Customer> byNik(String nik) {
        return idsByNik.getOrDefault(nik, List.of()).stream().map(byId::get).toList();
    }

    /** Every customer, in seed order. */
    public synchronized List<Customer> all() {
        return List.copyOf(byId.values());
    }

    /** True when the bill is paid, in the seed or since. */
    public synchronized boolean isPaid(Customer customer, Bill bill) {
        return bill.seedReceipt() != null || receiptsPaidHere.containsKey(key(customer.custId(), bill.blth()));
    }

    /** The unpaid bills of a customer, oldest first. */
    public synchronized List<Bill> unpaid(Customer customer) {
        return customer.bills().stream().filter(b -> !isPaid(customer, b)).toList();
    }

    synchronized void markPaid(String custId, YearMonth blth, String receipt) {
        receiptsPaidHere.put(key(custId, blth), receipt);
    }

    private static String key(String custId, YearMonth blth) {
        return custId + "|" + blth;
    }
}
