package id.go.tangerangkota.mpp.hub.sandbox.pln;

/**
 * PLN's four-digit response codes (bit 39) that the simulated host answers. The first group is in
 * the hub's protocol notes; 0031, 0032, 0034 and 0063 are the codes PLN switchers list for an
 * unregistered bank, switcher or terminal and for "no such payment".
 */
final class PlnRc {

    static final String OK = "0000";
    static final String OTHER_ERROR = "0005";
    static final String NEED_SIGN_ON = "0011";
    static final String INVALID_AMOUNT = "0013";
    static final String UNKNOWN_IDPEL = "0014";
    static final String CUSTOMER_BLOCKED = "0016";
    static final String INVALID_MESSAGE = "0030";
    static final String UNKNOWN_BANK = "0031";
    static final String UNKNOWN_SWITCHER = "0032";
    static final String UNKNOWN_TERMINAL = "0034";
    static final String NO_PAYMENT = "0063";
    static final String TIMEOUT = "0068";
    static final String ALREADY_PAID = "0088";
    static final String BILL_NOT_AVAILABLE = "0089";
    static final String CUT_OFF = "0090";
    static final String INVALID_AUDIT_NUMBER = "0093";

    private PlnRc() {
    }
}
