package id.go.tangerangkota.mpp.hub.sandbox.atrbpn;

/**
 * A request the simulated land-office gateway refuses, with its {@code kodeStatus} and HTTP status:
 * 400 for what the caller sent wrong (E1xx), 422 for refusals on the merits (E2xx, E3xx).
 */
final class AtrBpnRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String INCOMPLETE = "E100";
    static final String NOT_IN_LAND_BOOK = "E204";
    static final String KELURAHAN_NOT_IN_KECAMATAN = "E205";
    static final String NIB_MISMATCH = "E206";
    static final String UNKNOWN_NIK = "E310";

    private final String kode;
    private final int httpStatus;

    AtrBpnRejection(String kode, int httpStatus, String pesan) {
        super(pesan);
        this.kode = kode;
        this.httpStatus = httpStatus;
    }

    static AtrBpnRejection refused(String kode, String pesan) {
        return new AtrBpnRejection(kode, 422, pesan);
    }

    static AtrBpnRejection incomplete(String field) {
        return new AtrBpnRejection(INCOMPLETE, 400, "Parameter wajib tidak lengkap atau tidak valid: " + field);
    }

    String kode() {
        return kode;
    }

    int httpStatus() {
        return httpStatus;
    }
}
