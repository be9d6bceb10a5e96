package id.go.tangerangkota.mpp.hub.sandbox.bapenda;

/**
 * A check the Bapenda back end failed, with the {@code status} and {@code pesan} it answers.
 * Thrown from deep in a service so each check reads as one line; caught once by
 * {@link BapendaHandler}.
 *
 * <p>The codes (<em>invented</em>, Bapenda publishes no partner API):
 * <table>
 *   <caption>status values</caption>
 *   <tr><td>00</td><td>Berhasil</td></tr>
 *   <tr><td>01</td><td>NOP tidak terdaftar / SPPT tahun itu tidak ada</td></tr>
 *   <tr><td>10</td><td>Parameter tidak lengkap atau format salah (HTTP 400)</td></tr>
 *   <tr><td>21-26</td><td>the application is refused on its merits (see the services)</td></tr>
 *   <tr><td>41</td><td>X-Api-Key tidak dikenal (HTTP 401)</td></tr>
 *   <tr><td>44, 45, 46, 47</td><td>unknown path, method, content type, body too large (HTTP 4xx)</td></tr>
 *   <tr><td>99</td><td>Gangguan sistem (HTTP 500)</td></tr>
 * </table>
 */
final class BapendaRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String NOT_FOUND = "01";
    static final String INVALID = "10";
    static final String NOT_THE_OWNER = "21";
    static final String PBB_UNPAID = "22";
    static final String BPHTB_NOT_VALID = "23";
    static final String SAME_OWNER = "24";
    static final String SAME_PARTY = "25";
    static final String BPHTB_REQUIRED = "26";

    private final String status;

    BapendaRejection(String status, String pesan) {
        // No stack trace: this is an answer, not a failure of the sandbox.
        super(pesan, null, false, false);
        this.status = status;
    }

    static BapendaRejection invalid(String field) {
        return new BapendaRejection(INVALID, "Parameter tidak valid: " + field);
    }

    String status() {
        return status;
    }

    String pesan() {
        return getMessage();
    }
}
