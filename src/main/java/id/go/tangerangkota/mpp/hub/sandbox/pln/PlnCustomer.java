package id.go.tangerangkota.mpp.hub.sandbox.pln;

import java.util.List;

/**
 * One postpaid connection (pelanggan) and its bills as PLN's billing holds it. All fictitious.
 *
 * @param idpel   the 12-digit customer id
 * @param nik     the account holder's NIK (a sandbox citizen)
 * @param name    the name on the account, upper case
 * @param tariff  tariff class, e.g. R1
 * @param powerVA contracted power
 * @param kind    how the host treats the customer (see {@link Kind})
 * @param bills   the bills not yet paid when the sandbox starts, oldest first
 */
record PlnCustomer(String idpel, String nik, String name, String tariff, int powerVA, Kind kind, List<PlnBill> bills) {

    PlnCustomer {
        bills = List.copyOf(bills);
    }

    /** The cases the host answers differently. */
    enum Kind {
        /** Bills are looked up and paid normally. */
        NORMAL,
        /** Disconnected for arrears or fraud: every transaction answers 0016. */
        BLOCKED,
        /** This month's bill is not issued yet: inquiries answer 0089. */
        BILL_NOT_YET_AVAILABLE,
        /** PLN's core does not answer the switcher in time: 0068. */
        CORE_TIMEOUT,
        /** A payment is booked but its 2210 answer is never sent (test of the hub's advice and reversal). */
        PAYMENT_ANSWER_LOST
    }
}
