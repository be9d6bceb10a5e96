package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.util.Map;

/**
 * A SNAP refusal: the HTTP status and the case code, which the gateway joins with the service's
 * code into the responseCode ({@code 401} + {@code 24} + {@code 00} = {@code 4012400}).
 */
final class SnapRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String caseCode;
    private final transient Map<String, Object> virtualAccountData;

    SnapRejection(int httpStatus, String caseCode, String message) {
        this(httpStatus, caseCode, message, null);
    }

    /** A refusal that still describes the VA (e.g. an inquiry of a bill already paid). */
    SnapRejection(int httpStatus, String caseCode, String message, Map<String, Object> virtualAccountData) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.caseCode = caseCode;
        this.virtualAccountData = virtualAccountData;
    }

    static SnapRejection invalidFormat(String field) {
        return new SnapRejection(400, "01", "Invalid Field Format [" + field + "]");
    }

    static SnapRejection missing(String field) {
        return new SnapRejection(400, "02", "Invalid Mandatory Field [" + field + "]");
    }

    static SnapRejection unauthorized(String why) {
        return new SnapRejection(401, "00", "Unauthorized. [" + why + "]");
    }

    static SnapRejection invalidToken() {
        return new SnapRejection(401, "01", "Invalid Token (B2B)");
    }

    int httpStatus() {
        return httpStatus;
    }

    String responseCode(String serviceCode) {
        return httpStatus + serviceCode + caseCode;
    }

    Map<String, Object> virtualAccountData() {
        return virtualAccountData;
    }
}
