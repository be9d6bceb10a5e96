package id.go.tangerangkota.mpp.hub.sandbox.taspen;

/**
 * A check the Taspen partner service failed, with the HTTP status, {@code <kode>} and
 * {@code <pesan>} it answers (<em>invented</em> codes): 00 success; 12 incomplete request,
 * 13 invalid value (the partner's fault, HTTP 400); 14 participant not found; 15 NOTAS not the
 * NIK's; 31 pension stopped; 33 bank not a paying partner (refusals, HTTP 200); 41 API key (401);
 * 04 unknown service (404); 99 system error (500).
 */
final class TaspenRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String kode;

    TaspenRejection(int httpStatus, String kode, String pesan) {
        // No stack trace: this is an answer, not a failure of the sandbox.
        super(pesan, null, false, false);
        this.httpStatus = httpStatus;
        this.kode = kode;
    }

    static TaspenRejection refused(String kode, String pesan) {
        return new TaspenRejection(200, kode, pesan);
    }

    static TaspenRejection missing(String field) {
        return new TaspenRejection(400, "12", "DATA PERMINTAAN TIDAK LENGKAP: " + field);
    }

    static TaspenRejection invalid(String field) {
        return new TaspenRejection(400, "13", "FORMAT DATA TIDAK VALID: " + field);
    }

    int httpStatus() {
        return httpStatus;
    }

    String kode() {
        return kode;
    }

    String pesan() {
        return getMessage();
    }
}
