package id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyRejection;
import id.go.tangerangkota.mpp.hub.sandbox.XmlRequest;

/**
 * A check the court's PTSP back end failed, with the {@code kode} and {@code keterangan} it
 * answers. The codes follow HTTP numbers, as many Mahkamah Agung web services do; their use here is
 * <em>invented</em>:
 * <table>
 *   <caption>kode values</caption>
 *   <tr><td>200</td><td>SUKSES (total_data 0: nothing found)</td></tr>
 *   <tr><td>400</td><td>FORMAT XML TIDAK VALID</td></tr>
 *   <tr><td>401</td><td>AKSES DITOLAK (HTTP 401)</td></tr>
 *   <tr><td>403</td><td>NIK BUKAN PIHAK DALAM PERKARA</td></tr>
 *   <tr><td>409</td><td>NOMOR REFERENSI SUDAH DIGUNAKAN (same reference, other content)</td></tr>
 *   <tr><td>422</td><td>missing or invalid field</td></tr>
 *   <tr><td>451</td><td>NIK TIDAK TERDAFTAR DI DUKCAPIL</td></tr>
 *   <tr><td>500</td><td>KESALAHAN SISTEM (HTTP 500)</td></tr>
 * </table>
 */
final class PaRejection extends AgencyRejection {

    private static final long serialVersionUID = 1L;

    static final String BAD_MESSAGE = "400";
    static final String NOT_A_PARTY = "403";
    static final String REFERENCE_USED = "409";
    static final String INVALID = "422";
    static final String NIK_UNKNOWN = "451";

    /** How this back end refuses a request it cannot read (malformed, missing or invalid field). */
    static final XmlRequest.Refusals REFUSALS = new XmlRequest.Refusals(
            () -> new PaRejection(BAD_MESSAGE, "FORMAT XML TIDAK VALID"), PaRejection::missing, PaRejection::invalid);

    PaRejection(String kode, String keterangan) {
        super(kode, keterangan);
    }

    static PaRejection missing(String field) {
        return new PaRejection(INVALID, "PARAMETER WAJIB: " + field);
    }

    static PaRejection invalid(String field) {
        return new PaRejection(INVALID, "PARAMETER TIDAK VALID: " + field);
    }

    /** The partner's id was used before for something else. */
    static PaRejection referenceUsed() {
        return new PaRejection(REFERENCE_USED, "NOMOR REFERENSI SUDAH DIGUNAKAN");
    }
}
