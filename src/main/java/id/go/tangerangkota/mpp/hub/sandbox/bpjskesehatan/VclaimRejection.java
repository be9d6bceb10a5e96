package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

/**
 * A refusal answered as {@code {"metaData": {"code": code, "message": message}, "response": null}}.
 * Codes, VClaim style (documented in connectors/bpjs-kesehatan/README.md): 201 no such data, 202
 * refused on the merits, 400 malformed request, 401 consumer, timestamp, signature or user key
 * refused.
 */
final class VclaimRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String NOT_FOUND = "201";
    static final String REFUSED = "202";
    static final String BAD_REQUEST = "400";
    static final String UNAUTHORIZED = "401";

    private final String code;

    VclaimRejection(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }

    static VclaimRejection notFound(String message) {
        return new VclaimRejection(NOT_FOUND, message);
    }

    static VclaimRejection refused(String message) {
        return new VclaimRejection(REFUSED, message);
    }

    static VclaimRejection badRequest(String message) {
        return new VclaimRejection(BAD_REQUEST, message);
    }

    static VclaimRejection unauthorized(String message) {
        return new VclaimRejection(UNAUTHORIZED, message);
    }
}
