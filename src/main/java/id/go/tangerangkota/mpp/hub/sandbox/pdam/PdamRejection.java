package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyRejection;
import id.go.tangerangkota.mpp.hub.sandbox.XmlRequest;

/**
 * A check the Tirta Benteng back end failed, with the {@code status} and {@code message} it
 * answers. Thrown from deep in a service so each check reads as one line; caught once by
 * {@link PdamHandler}.
 *
 * <p>The codes follow the two-digit style of PDAM biller (PPOB) interfaces; their values are
 * <em>invented</em>:
 * <table>
 *   <caption>status values</caption>
 *   <tr><td>00</td><td>SUKSES</td></tr>
 *   <tr><td>13</td><td>JUMLAH BAYAR TIDAK SESUAI</td></tr>
 *   <tr><td>14</td><td>ID PELANGGAN TIDAK DITEMUKAN</td></tr>
 *   <tr><td>17</td><td>TAGIHAN HARUS DIBAYAR BERURUTAN (oldest month first)</td></tr>
 *   <tr><td>30, 31, 32</td><td>format, missing or invalid field (the partner's request)</td></tr>
 *   <tr><td>41</td><td>USER ATAU PASSWORD SALAH (HTTP 401)</td></tr>
 *   <tr><td>52-59</td><td>an application refused on its merits</td></tr>
 *   <tr><td>88</td><td>TAGIHAN SUDAH LUNAS</td></tr>
 *   <tr><td>89</td><td>TAGIHAN BELUM TERSEDIA</td></tr>
 *   <tr><td>94</td><td>NO REF SUDAH DIGUNAKAN (same reference, other content)</td></tr>
 *   <tr><td>96</td><td>SISTEM SEDANG GANGGUAN (HTTP 500)</td></tr>
 * </table>
 */
final class PdamRejection extends AgencyRejection {

    private static final long serialVersionUID = 1L;

    static final String WRONG_AMOUNT = "13";
    static final String UNKNOWN_CUSTOMER = "14";
    static final String OLDEST_FIRST = "17";
    static final String BAD_MESSAGE = "30";
    static final String MISSING = "31";
    static final String INVALID = "32";
    static final String NOT_THE_OWNER = "52";
    static final String ARREARS = "53";
    static final String PIPE_DIFFERS = "54";
    static final String PIPE_NOT_LARGER = "55";
    static final String SAME_CLASS = "56";
    static final String NIK_UNKNOWN = "57";
    static final String KELURAHAN = "58";
    static final String NEIGHBOUR_UNKNOWN = "59";
    static final String ALREADY_PAID = "88";
    static final String NOT_BILLED = "89";
    static final String REFERENCE_USED = "94";

    /** How this back end refuses a request it cannot read (malformed, missing or invalid field). */
    static final XmlRequest.Refusals REFUSALS = new XmlRequest.Refusals(
            () -> new PdamRejection(BAD_MESSAGE, "FORMAT PESAN SALAH"), PdamRejection::missing, PdamRejection::invalid);

    PdamRejection(String status, String message) {
        super(status, message);
    }

    static PdamRejection missing(String field) {
        return new PdamRejection(MISSING, "DATA TIDAK LENGKAP: " + field);
    }

    static PdamRejection invalid(String field) {
        return new PdamRejection(INVALID, "FORMAT DATA SALAH: " + field);
    }

    /** The partner's id was used before for something else. */
    static PdamRejection referenceUsed() {
        return new PdamRejection(REFERENCE_USED, "NO REF SUDAH DIGUNAKAN");
    }
}
