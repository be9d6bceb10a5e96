package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

/**
 * A check the BPJS Ketenagakerjaan back end failed, with the {@code kode} and {@code pesan} it
 * answers. Thrown from deep in a service so each check reads as one line; caught once by
 * {@link BpjsTkHandler}.
 *
 * <p>The codes (<em>invented</em>, BPJS Ketenagakerjaan publishes no partner API):
 * <table>
 *   <caption>kode values</caption>
 *   <tr><td>00</td><td>Sukses</td></tr>
 *   <tr><td>01</td><td>Data peserta tidak ditemukan</td></tr>
 *   <tr><td>02</td><td>KPJ tidak terdaftar atas NIK yang dikirim</td></tr>
 *   <tr><td>04, 05, 13, 15</td><td>unknown path, method, body too large, content type (HTTP 4xx)</td></tr>
 *   <tr><td>10</td><td>Parameter wajib tidak lengkap (the partner's request is incomplete)</td></tr>
 *   <tr><td>11</td><td>Format parameter tidak valid</td></tr>
 *   <tr><td>21-33</td><td>the application is refused on its merits (see the services)</td></tr>
 *   <tr><td>40</td><td>API Key tidak valid (HTTP 401)</td></tr>
 *   <tr><td>99</td><td>Terjadi kesalahan sistem (HTTP 500)</td></tr>
 * </table>
 */
final class BpjsTkRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String NOT_FOUND = "01";
    static final String NOT_THIS_NIK = "02";
    static final String INCOMPLETE = "10";
    static final String INVALID = "11";
    static final String NOT_AS_DUKCAPIL = "21";
    static final String STILL_WORKING = "22";
    static final String LAST_DAY_DIFFERS = "23";
    static final String CLAIM_OPEN = "24";
    static final String JHT_PAID_OUT = "25";
    static final String WAITING_PERIOD = "26";
    static final String AGE = "27";
    static final String ACCOUNT_HOLDER = "28";
    static final String UNKNOWN_BANK = "29";
    static final String NPWP_REQUIRED = "30";
    static final String STILL_MEMBER = "32";
    static final String BPU_PENDING = "33";

    private final String kode;

    BpjsTkRejection(String kode, String pesan) {
        // No stack trace: this is an answer, not a failure of the sandbox.
        super(pesan, null, false, false);
        this.kode = kode;
    }

    String kode() {
        return kode;
    }

    String pesan() {
        return getMessage();
    }
}
