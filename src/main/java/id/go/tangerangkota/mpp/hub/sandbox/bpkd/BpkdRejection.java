package id.go.tangerangkota.mpp.hub.sandbox.bpkd;

/**
 * A check the BPKD back end failed, with the {@code kode} and {@code pesan} it answers; caught
 * once by {@link BpkdHandler}.
 *
 * <p>The codes (<em>invented</em>, BPKD publishes no partner API): 00 berhasil; 14 kode bayar or
 * kode aset not registered; 30 malformed message (HTTP 400); 32 invalid value; 52-55 the
 * application refused on its merits; 41 user or password wrong (HTTP 401); 04/05/15/13 path,
 * method, content type, size; 96 system error (HTTP 500).
 */
final class BpkdRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String NOT_FOUND = "14";
    static final String MALFORMED = "30";
    static final String INVALID = "32";
    static final String DATE_PASSED = "52";
    static final String OVER_CAPACITY = "53";
    static final String BOOKED = "54";
    static final String TOO_LONG = "55";

    private final String kode;

    BpkdRejection(String kode, String pesan) {
        // No stack trace: this is an answer, not a failure of the sandbox.
        super(pesan, null, false, false);
        this.kode = kode;
    }

    static BpkdRejection invalid(String field) {
        return new BpkdRejection(INVALID, "NILAI " + field.toUpperCase(java.util.Locale.ROOT) + " TIDAK VALID");
    }

    String kode() {
        return kode;
    }
}
