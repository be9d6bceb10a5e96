package id.go.tangerangkota.mpp.hub.sandbox.pln;

import java.util.List;

/**
 * Bit 48 of postpaid messages as the host writes and reads it: a 121-character header (switcher
 * id 7, IDPEL 12, bill status 1, outstanding bills 2, switcher reference 32, name 25, service unit
 * 5, service unit phone 15, tariff 4, power 9, admin charge 9), then 111 characters per bill.
 * Written out here field by field, independently of the hub's layout file, so a wrong layout on
 * the hub's side shows up as a failure.
 */
final class PlnBit48 {

    static final int HEADER_LENGTH = 121;
    static final int BILL_LENGTH = 111;
    /** Switcher id + IDPEL: the least a request carries. */
    static final int MINIMUM_REQUEST = 19;
    /** Up to and including the switcher reference: what a payment, advice or reversal carries. */
    static final int PAYMENT_REQUEST = 54;

    private static final String SERVICE_UNIT = "54310";
    private static final String SERVICE_UNIT_PHONE = "123";

    private PlnBit48() {
    }

    /** The leading fields a request carries; absent ones are null. */
    record Request(String switcherId, String idpel, Integer billStatus, Integer outstanding, String switcherReference) {

        static Request parse(String bit48) {
            String text = bit48 == null ? "" : bit48;
            if (text.length() < MINIMUM_REQUEST || !digits(text.substring(7, 19))) {
                return null;
            }
            Integer status = null;
            Integer outstanding = null;
            String reference = null;
            if (text.length() >= PAYMENT_REQUEST) {
                if (!digits(text.substring(19, 22))) {
                    return null;
                }
                status = Integer.parseInt(text.substring(19, 20));
                outstanding = Integer.parseInt(text.substring(20, 22));
                reference = text.substring(22, 54).strip();
            }
            return new Request(text.substring(0, 7).strip(), text.substring(7, 19), status, outstanding, reference);
        }
    }

    /** The full answer: header, then the bills. */
    static String answer(String switcherId, PlnCustomer customer, int outstanding, String switcherReference,
            List<PlnBill> bills) {
        StringBuilder out = new StringBuilder(HEADER_LENGTH + bills.size() * BILL_LENGTH);
        out.append(left(switcherId, 7))
                .append(customer.idpel())
                .append(bills.size())
                .append(String.format("%02d", Math.min(99, outstanding)))
                .append(left(switcherReference, 32))
                .append(left(customer.name(), 25))
                .append(left(SERVICE_UNIT, 5))
                .append(left(SERVICE_UNIT_PHONE, 15))
                .append(left(customer.tariff(), 4))
                .append(String.format("%09d", customer.powerVA()))
                .append(String.format("%09d", PlnCustomers.ADMIN_CHARGE));
        for (PlnBill bill : bills) {
            out.append(bill.period()).append(bill.dueDate()).append(bill.meterReadDate())
                    .append(String.format("%011d", bill.billAmount()))
                    .append(String.format("%011d", bill.incentive()))
                    .append(String.format("%010d", bill.vat()))
                    .append(String.format("%09d", bill.penalty()));
            for (long reading : bill.readings()) {
                out.append(String.format("%08d", reading));
            }
        }
        return out.toString();
    }

    /** Left-aligned, space-padded, cut to the width (names longer than 25 are cut, as PLN does). */
    private static String left(String text, int width) {
        String value = text.length() > width ? text.substring(0, width) : text;
        return value + " ".repeat(width - value.length());
    }

    static boolean digits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
