package id.go.tangerangkota.mpp.hub.sandbox.dinsos;

/**
 * A check the Dinsos service failed, with the HTTP status, {@code kode} and {@code pesan} it
 * answers (<em>invented</em> codes):
 * <table>
 *   <caption>kode values</caption>
 *   <tr><td>00</td><td>Sukses</td></tr>
 *   <tr><td>01</td><td>NIK tidak terdaftar dalam DTKS/DTSEN (404)</td></tr>
 *   <tr><td>10</td><td>Parameter wajib tidak lengkap (400)</td></tr>
 *   <tr><td>11</td><td>Format parameter tidak valid (400)</td></tr>
 *   <tr><td>21-25</td><td>DTKS proposal refused on the merits (422)</td></tr>
 *   <tr><td>31-34</td><td>PBI-JK reactivation refused on the merits (422)</td></tr>
 *   <tr><td>41</td><td>API key tidak dikenali (401)</td></tr>
 *   <tr><td>99</td><td>Kesalahan sistem (500)</td></tr>
 * </table>
 */
final class DinsosRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String kode;

    DinsosRejection(int httpStatus, String kode, String pesan) {
        // No stack trace: this is an answer, not a failure of the sandbox.
        super(pesan, null, false, false);
        this.httpStatus = httpStatus;
        this.kode = kode;
    }

    static DinsosRejection incomplete(String field) {
        return new DinsosRejection(400, "10", "Parameter wajib tidak lengkap: " + field);
    }

    static DinsosRejection invalid(String field) {
        return new DinsosRejection(400, "11", "Format parameter tidak valid: " + field);
    }

    static DinsosRejection refused(String kode, String pesan) {
        return new DinsosRejection(422, kode, pesan);
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
