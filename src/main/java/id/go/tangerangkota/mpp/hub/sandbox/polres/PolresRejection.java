package id.go.tangerangkota.mpp.hub.sandbox.polres;

/**
 * A check the Polres gateway failed, with the HTTP status, {@code respon.kode} and
 * {@code respon.uraian} it answers (<em>invented</em> codes, grouped by the unit that decides):
 * <table>
 *   <caption>respon.kode values</caption>
 *   <tr><td>000</td><td>Sukses (200)</td></tr>
 *   <tr><td>U-10, U-11, U-12</td><td>body not a JSON object, mandatory field missing, field malformed (400)</td></tr>
 *   <tr><td>U-13, U-15</td><td>body too large (413), not JSON (415)</td></tr>
 *   <tr><td>U-19</td><td>nomorReferensiMpp already used for another service (409)</td></tr>
 *   <tr><td>U-41</td><td>X-Api-Key tidak valid (401)</td></tr>
 *   <tr><td>U-44, U-45</td><td>unknown service (404), method not allowed (405)</td></tr>
 *   <tr><td>SKCK-01..06, SKCK-11..14</td><td>Sat Intelkam refuses an SKCK or its renewal (422)</td></tr>
 *   <tr><td>SIM-01..06</td><td>Satlantas refuses a SIM renewal (422)</td></tr>
 *   <tr><td>U-99</td><td>Gangguan sistem (500)</td></tr>
 * </table>
 */
final class PolresRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String kode;

    PolresRejection(int httpStatus, String kode, String uraian) {
        // No stack trace: this is an answer, not a failure of the sandbox.
        super(uraian, null, false, false);
        this.httpStatus = httpStatus;
        this.kode = kode;
    }

    static PolresRejection incomplete(String field) {
        return new PolresRejection(400, "U-11", "Data wajib tidak lengkap: " + field);
    }

    static PolresRejection invalid(String field) {
        return new PolresRejection(400, "U-12", "Format data tidak valid: " + field);
    }

    /** Sat Intelkam's refusal of an SKCK, {@code SKCK-nn}. */
    static PolresRejection skck(String nn, String uraian) {
        return new PolresRejection(422, "SKCK-" + nn, uraian);
    }

    /** Satlantas' refusal of a SIM renewal, {@code SIM-nn}. */
    static PolresRejection sim(String nn, String uraian) {
        return new PolresRejection(422, "SIM-" + nn, uraian);
    }

    int httpStatus() {
        return httpStatus;
    }

    String kode() {
        return kode;
    }

    String uraian() {
        return getMessage();
    }
}
