package id.go.tangerangkota.mpp.hub.sandbox.pln;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

import org.jpos.iso.ISOException;
import org.jpos.iso.ISOMsg;

/**
 * The simulated PLN postpaid host: answers one ISO 8583 request of a partner session, checking
 * what the real switching host checks, in this order:
 *
 * <ol>
 *   <li>the audit number (bit 11): 12 digits, never repeated within the session, else 0093;
 *   <li>network management (2800): sign-on 001 checks bank code (bit 32, else 0031), switcher id
 *       (bit 33, else 0032) and terminal (bit 41, else 0034); sign-off 002; echo 301;
 *   <li>any financial message before sign-on: 0011; then the same partner ids as at sign-on, the
 *       product (bit 2 = 99501), the date-time (bit 12), the merchant type (bit 26 = 6021) and the
 *       switcher id in bit 48: 0030 for a malformed message;
 *   <li>the customer: unknown 0014, blocked 0016, bill not yet issued 0089, nothing owed 0088;
 *   <li>payments (2200): the switcher reference of an inquiry for the same customer, the number of
 *       bills, then the amount (bit 4, else 0013); booked once per partner reference (bit 63): a
 *       repeat gets the first answer;
 *   <li>advice (2220/2221): the booked payment's answer, or 0063 when there is none;
 *   <li>reversal (2400/2401): a payment unknown to the host answers 0063; otherwise the original
 *       data (bit 56) must be there (0030) and name the booked 2200 (0063); the bills are unpaid
 *       again.
 * </ol>
 */
final class PlnHost {

    private static final DateTimeFormatter LOCAL_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    private static final String POSTPAID = "99501";
    private static final String MERCHANT_TYPE = "6021";
    private static final int MAX_BILLS = 4;
    /** The fields an answer repeats from its request. */
    private static final int[] ECHOED = {2, 4, 11, 12, 26, 32, 33, 41, 48, 56, 63, 70};

    private final PlnSettings settings;
    private final PlnCustomers customers;
    private final PlnLedger ledger;
    private volatile boolean cutOff;

    PlnHost(PlnSettings settings, PlnCustomers customers, PlnLedger ledger) {
        this.settings = settings;
        this.customers = customers;
        this.ledger = ledger;
    }

    /** Starts or ends PLN's daily cut-off: financial messages answer 0090 meanwhile. */
    void cutOff(boolean inProgress) {
        cutOff = inProgress;
    }

    /** The answer, or empty when the host sends none (a request it cannot read, or a lost answer). */
    Optional<ISOMsg> handle(ISOMsg request, PlnSession session) throws ISOException {
        String mti = request.getMTI();
        if (mti == null || !mti.matches("2[0-9][02468][01]")) {
            return Optional.empty();
        }
        String audit = request.getString(11);
        if (audit == null || !audit.matches("[0-9]{12}") || !session.firstUseOf(audit)) {
            return answer(request, PlnRc.INVALID_AUDIT_NUMBER);
        }
        if (mti.equals("2800")) {
            return networkManagement(request, session);
        }
        String refused = financialChecks(request, session);
        if (refused != null) {
            return answer(request, refused);
        }
        PlnBit48.Request bit48 = PlnBit48.Request.parse(request.getString(48));
        return switch (mti) {
            case "2100" -> inquiry(request, bit48);
            case "2200" -> payment(request, bit48);
            case "2220", "2221" -> advice(request);
            case "2400", "2401" -> reversal(request);
            default -> answer(request, PlnRc.INVALID_MESSAGE);
        };
    }

    private Optional<ISOMsg> networkManagement(ISOMsg request, PlnSession session) throws ISOException {
        String code = request.getString(70);
        if ("001".equals(code)) {
            String refused = partnerChecks(request);
            if (refused != null) {
                return answer(request, refused);
            }
            session.signedOn(true);
            return answer(request, PlnRc.OK);
        }
        if ("002".equals(code)) {
            session.signedOn(false);
            return answer(request, PlnRc.OK);
        }
        return answer(request, "301".equals(code) ? PlnRc.OK : PlnRc.INVALID_MESSAGE);
    }

    private String partnerChecks(ISOMsg request) {
        if (!settings.bankCode().equals(request.getString(32))) {
            return PlnRc.UNKNOWN_BANK;
        }
        if (!settings.switcherId().equals(request.getString(33))) {
            return PlnRc.UNKNOWN_SWITCHER;
        }
        if (!settings.terminalId().equals(request.getString(41))) {
            return PlnRc.UNKNOWN_TERMINAL;
        }
        return null;
    }

    private String financialChecks(ISOMsg request, PlnSession session) {
        if (!session.signedOn()) {
            return PlnRc.NEED_SIGN_ON;
        }
        String partner = partnerChecks(request);
        if (partner != null) {
            return partner;
        }
        if (!POSTPAID.equals(request.getString(2)) || !MERCHANT_TYPE.equals(request.getString(26))
                || !validDateTime(request.getString(12))) {
            return PlnRc.INVALID_MESSAGE;
        }
        PlnBit48.Request bit48 = PlnBit48.Request.parse(request.getString(48));
        if (bit48 == null) {
            return PlnRc.INVALID_MESSAGE;
        }
        if (!settings.switcherId().equals(bit48.switcherId())) {
            return PlnRc.UNKNOWN_SWITCHER;
        }
        return cutOff ? PlnRc.CUT_OFF : null;
    }

    /** The customer's standing before any bill is looked at, or null when bills can be served. */
    private String customerCheck(Optional<PlnCustomer> customer) {
        if (customer.isEmpty()) {
            return PlnRc.UNKNOWN_IDPEL;
        }
        return switch (customer.get().kind()) {
            case BLOCKED -> PlnRc.CUSTOMER_BLOCKED;
            case CORE_TIMEOUT -> PlnRc.TIMEOUT;
            case BILL_NOT_YET_AVAILABLE -> PlnRc.BILL_NOT_AVAILABLE;
            default -> null;
        };
    }

    private Optional<ISOMsg> inquiry(ISOMsg request, PlnBit48.Request bit48) throws ISOException {
        Optional<PlnCustomer> customer = customers.byIdpel(bit48.idpel());
        String refused = customerCheck(customer);
        if (refused != null) {
            return answer(request, refused);
        }
        List<PlnBill> unpaid = ledger.unpaid(bit48.idpel());
        if (unpaid.isEmpty()) {
            return answer(request, PlnRc.ALREADY_PAID);
        }
        List<PlnBill> shown = unpaid.subList(0, Math.min(MAX_BILLS, unpaid.size()));
        String reference = ledger.issueReference(bit48.idpel());
        ISOMsg answer = answer(request, PlnRc.OK).orElseThrow();
        answer.set(4, amountField(due(shown)));
        answer.set(48, PlnBit48.answer(settings.switcherId(), customer.get(), unpaid.size(), reference, shown));
        return Optional.of(answer);
    }

    private Optional<ISOMsg> payment(ISOMsg request, PlnBit48.Request bit48) throws ISOException {
        String partnerReference = request.getString(63);
        if (partnerReference == null || partnerReference.isBlank() || bit48.switcherReference() == null) {
            return answer(request, PlnRc.INVALID_MESSAGE);
        }
        synchronized (ledger) {
            ledger.countPaymentMessage(partnerReference);
            Optional<PlnPayment> earlier = ledger.payment(partnerReference);
            if (earlier.isPresent()) {
                // The partner repeats a payment it got no answer to: same answer, nothing booked twice.
                if (!earlier.get().idpel().equals(bit48.idpel()) || ledger.isReversed(partnerReference)) {
                    return answer(request, PlnRc.OTHER_ERROR);
                }
                return paidAnswer(request, earlier.get());
            }
            Optional<PlnCustomer> customer = customers.byIdpel(bit48.idpel());
            String refused = customerCheck(customer);
            if (refused != null) {
                return answer(request, refused);
            }
            List<PlnBill> unpaid = ledger.unpaid(bit48.idpel());
            if (unpaid.isEmpty()) {
                return answer(request, PlnRc.ALREADY_PAID);
            }
            if (!ledger.issuedFor(bit48.switcherReference(), bit48.idpel())) {
                return answer(request, PlnRc.INVALID_MESSAGE);
            }
            int count = bit48.billStatus();
            if (count < 1 || count > Math.min(MAX_BILLS, unpaid.size())) {
                return answer(request, PlnRc.INVALID_MESSAGE);
            }
            Long amount = amountOf(request.getString(4));
            if (amount == null) {
                return answer(request, PlnRc.INVALID_MESSAGE);
            }
            List<PlnBill> paid = List.copyOf(unpaid.subList(0, count));
            if (amount != due(paid)) {
                return answer(request, PlnRc.INVALID_AMOUNT);
            }
            String bit48Answer = PlnBit48.answer(settings.switcherId(), customer.get(), unpaid.size() - count,
                    bit48.switcherReference(), paid);
            PlnPayment payment = new PlnPayment(partnerReference, bit48.idpel(), request.getString(11),
                    request.getString(12), paid, amount, bit48Answer);
            ledger.book(payment);
            if (customer.get().kind() == PlnCustomer.Kind.PAYMENT_ANSWER_LOST) {
                return Optional.empty();
            }
            return paidAnswer(request, payment);
        }
    }

    private Optional<ISOMsg> advice(ISOMsg request) throws ISOException {
        String partnerReference = request.getString(63);
        if (partnerReference == null || partnerReference.isBlank()) {
            return answer(request, PlnRc.INVALID_MESSAGE);
        }
        Optional<PlnPayment> payment = ledger.payment(partnerReference);
        if (payment.isEmpty() || ledger.isReversed(partnerReference)) {
            return answer(request, PlnRc.NO_PAYMENT);
        }
        return paidAnswer(request, payment.get());
    }

    private Optional<ISOMsg> reversal(ISOMsg request) throws ISOException {
        String partnerReference = request.getString(63);
        if (partnerReference == null || partnerReference.isBlank()) {
            return answer(request, PlnRc.INVALID_MESSAGE);
        }
        synchronized (ledger) {
            Optional<PlnPayment> payment = ledger.payment(partnerReference);
            if (payment.isEmpty()) {
                return answer(request, PlnRc.NO_PAYMENT);
            }
            String original = request.getString(56);
            if (original == null || original.length() < 30) {
                return answer(request, PlnRc.INVALID_MESSAGE);
            }
            PlnPayment paid = payment.get();
            boolean sameOriginal = original.startsWith("2200")
                    && original.substring(4, 16).equals(paid.auditNumber())
                    && original.substring(16, 30).equals(paid.localDateTime());
            if (!sameOriginal) {
                return answer(request, PlnRc.NO_PAYMENT);
            }
            Long amount = amountOf(request.getString(4));
            if (amount != null && amount != paid.amount()) {
                return answer(request, PlnRc.INVALID_AMOUNT);
            }
            if (!ledger.isReversed(partnerReference)) {
                ledger.reverse(paid);
            }
            return paidAnswer(request, paid);
        }
    }

    private Optional<ISOMsg> paidAnswer(ISOMsg request, PlnPayment payment) throws ISOException {
        ISOMsg answer = answer(request, PlnRc.OK).orElseThrow();
        answer.set(4, amountField(payment.amount()));
        answer.set(48, payment.answerBit48());
        return Optional.of(answer);
    }

    /** "Other error" (0005) for a request the host failed on; empty when even that cannot be built. */
    static Optional<ISOMsg> failure(ISOMsg request) {
        if (request == null) {
            return Optional.empty();
        }
        try {
            return answer(request, PlnRc.OTHER_ERROR);
        } catch (ISOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The answer to a request: its type + 10, the echoed fields and the response code. */
    private static Optional<ISOMsg> answer(ISOMsg request, String rc) throws ISOException {
        ISOMsg answer = new ISOMsg();
        answer.setMTI(String.format("%04d", Integer.parseInt(request.getMTI()) + 10));
        for (int bit : ECHOED) {
            if (request.hasField(bit)) {
                answer.set(bit, request.getString(bit));
            }
        }
        answer.set(39, rc);
        return Optional.of(answer);
    }

    private static long due(List<PlnBill> bills) {
        return bills.stream().mapToLong(PlnBill::due).sum() + PlnCustomers.ADMIN_CHARGE * bills.size();
    }

    /** Bit 4: currency 360, minor unit 0, 12-digit amount in rupiah. */
    private static String amountField(long rupiah) {
        return "3600" + String.format("%012d", rupiah);
    }

    /** The rupiah of a bit 4, or null when it is not currency 360 with minor unit 0. */
    private static Long amountOf(String field) {
        if (field == null || field.length() != 16 || !field.startsWith("3600") || !PlnBit48.digits(field)) {
            return null;
        }
        return Long.parseLong(field.substring(4));
    }

    private static boolean validDateTime(String field) {
        if (field == null || field.length() != 14) {
            return false;
        }
        try {
            LocalDateTime.parse(field, LOCAL_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
