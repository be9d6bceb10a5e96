package id.go.tangerangkota.mpp.hub.sandbox.disnaker;

/**
 * A request the simulated Disnaker e-layanan refuses, with its HTTP status and {@code kodeRespon}
 * (<em>invented</em> codes, grouped by letter):
 * <table>
 *   <caption>kodeRespon values</caption>
 *   <tr><td>S-00</td><td>Berhasil (200)</td></tr>
 *   <tr><td>V-01, V-02, V-03</td><td>field missing, field invalid, body not a JSON object (400): the partner's fault</td></tr>
 *   <tr><td>V-09</td><td>idTransaksiMitra already used for a different application (409)</td></tr>
 *   <tr><td>A-01</td><td>service account refused (401)</td></tr>
 *   <tr><td>T-11 .. T-15</td><td>AK/1 refused on the merits (422)</td></tr>
 *   <tr><td>T-21 .. T-23</td><td>dispute registration refused on the merits (422)</td></tr>
 *   <tr><td>X-04, X-05, X-13, X-15</td><td>unknown path, method, body too large, not JSON (404, 405, 413, 415)</td></tr>
 *   <tr><td>X-99</td><td>system error (500)</td></tr>
 * </table>
 */
final class DisnakerRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String MISSING = "V-01";
    static final String INVALID = "V-02";
    static final String NOT_JSON = "V-03";
    static final String ID_REUSED = "V-09";
    static final String ACCOUNT = "A-01";
    /** AK/1: the job-seeker number is not in SIAPkerja. */
    static final String NOT_REGISTERED = "T-11";
    /** AK/1: the job-seeker number belongs to someone else. */
    static final String OTHER_NIK = "T-12";
    /** AK/1: not a Kota Tangerang resident. */
    static final String NOT_RESIDENT = "T-13";
    /** AK/1: a valid card is already held (the answer names it). */
    static final String CARD_HELD = "T-14";
    /** AK/1: the diploma's year has not come yet. */
    static final String NOT_GRADUATED = "T-15";
    /** Mediation: fewer than two bipartite negotiations. */
    static final String BIPARTITE_TOO_FEW = "T-21";
    /** Mediation: a bipartite date after today. */
    static final String BIPARTITE_FUTURE = "T-22";
    /** Mediation: the account of the dispute is too short to register. */
    static final String SUMMARY_TOO_SHORT = "T-23";

    private final int httpStatus;
    private final String kode;

    DisnakerRejection(int httpStatus, String kode, String pesan) {
        // No stack trace: this is an answer, not a failure of the sandbox.
        super(pesan, null, false, false);
        this.httpStatus = httpStatus;
        this.kode = kode;
    }

    static DisnakerRejection missing(String field) {
        return new DisnakerRejection(400, MISSING, "Data wajib belum diisi: " + field);
    }

    static DisnakerRejection invalid(String field) {
        return new DisnakerRejection(400, INVALID, "Format data tidak sesuai: " + field);
    }

    static DisnakerRejection refused(String kode, String pesan) {
        return new DisnakerRejection(422, kode, pesan);
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
