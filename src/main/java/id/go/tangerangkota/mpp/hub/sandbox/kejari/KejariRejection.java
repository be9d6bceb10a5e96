package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import id.go.tangerangkota.mpp.hub.sandbox.AgencyRejection;
import id.go.tangerangkota.mpp.hub.sandbox.XmlRequest;

/**
 * A check the Kejari PTSP back end failed, with the {@code kode} and {@code pesan} it answers.
 * The codes are <em>invented</em> (Kejaksaan publishes no partner API):
 * <table>
 *   <caption>kode values</caption>
 *   <tr><td>00</td><td>BERHASIL</td></tr>
 *   <tr><td>10</td><td>NOMOR REGISTER TILANG TIDAK DITEMUKAN</td></tr>
 *   <tr><td>11</td><td>NOMOR POLISI TIDAK SESUAI DENGAN REGISTER TILANG</td></tr>
 *   <tr><td>12</td><td>DENDA TILANG BELUM DIBAYAR</td></tr>
 *   <tr><td>13</td><td>KODE PEMBAYARAN (BRIVA) TIDAK SESUAI</td></tr>
 *   <tr><td>14</td><td>BARANG BUKTI YANG DISITA BERBEDA</td></tr>
 *   <tr><td>15</td><td>BARANG BUKTI SUDAH DIAMBIL ATAU DIJADWALKAN</td></tr>
 *   <tr><td>16</td><td>PENGAMBILAN OLEH PIHAK LAIN WAJIB SURAT KUASA</td></tr>
 *   <tr><td>21</td><td>NIK TIDAK TERDAFTAR</td></tr>
 *   <tr><td>30, 31, 32</td><td>format, missing or invalid field</td></tr>
 *   <tr><td>41</td><td>OTENTIKASI GAGAL (HTTP 401)</td></tr>
 *   <tr><td>94</td><td>ID PERMINTAAN SUDAH DIGUNAKAN (same id, other content)</td></tr>
 *   <tr><td>99</td><td>SISTEM SEDANG GANGGUAN (HTTP 500)</td></tr>
 * </table>
 */
final class KejariRejection extends AgencyRejection {

    private static final long serialVersionUID = 1L;

    static final String UNKNOWN_TICKET = "10";
    static final String PLATE_DIFFERS = "11";
    static final String NOT_PAID = "12";
    static final String PAYMENT_DIFFERS = "13";
    static final String EVIDENCE_DIFFERS = "14";
    static final String ALREADY_COLLECTED = "15";
    static final String PROXY_NEEDED = "16";
    static final String NIK_UNKNOWN = "21";
    static final String BAD_MESSAGE = "30";
    static final String MISSING = "31";
    static final String INVALID = "32";
    static final String ID_USED = "94";

    /** How this back end refuses a request it cannot read (malformed, missing or invalid field). */
    static final XmlRequest.Refusals REFUSALS = new XmlRequest.Refusals(
            () -> new KejariRejection(BAD_MESSAGE, "FORMAT PESAN SALAH"), KejariRejection::missing, KejariRejection::invalid);

    KejariRejection(String kode, String pesan) {
        super(kode, pesan);
    }

    static KejariRejection missing(String field) {
        return new KejariRejection(MISSING, "DATA WAJIB TIDAK ADA: " + field);
    }

    static KejariRejection invalid(String field) {
        return new KejariRejection(INVALID, "FORMAT DATA SALAH: " + field);
    }

    /** The partner's id was used before for something else. */
    static KejariRejection idUsed() {
        return new KejariRejection(ID_USED, "ID PERMINTAAN SUDAH DIGUNAKAN");
    }
}
