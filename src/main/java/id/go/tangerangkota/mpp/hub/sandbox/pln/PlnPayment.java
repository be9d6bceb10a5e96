package id.go.tangerangkota.mpp.hub.sandbox.pln;

import java.util.List;

/**
 * One payment the host booked, found again by the partner's transaction reference (bit 63): a
 * repeated 2200 gets the same answer, an advice (2220) its status, a reversal (2400) undoes it.
 *
 * @param partnerReference the hub's external id of the payment (bit 63)
 * @param idpel            the customer
 * @param auditNumber      bit 11 of the 2200 that booked it
 * @param localDateTime    bit 12 of that 2200
 * @param bills            the bills it paid, oldest first
 * @param amount           what was paid, admin included
 * @param answerBit48      bit 48 of the 2210 answer
 */
record PlnPayment(String partnerReference, String idpel, String auditNumber, String localDateTime,
        List<PlnBill> bills, long amount, String answerBit48) {

    PlnPayment {
        bills = List.copyOf(bills);
    }
}
