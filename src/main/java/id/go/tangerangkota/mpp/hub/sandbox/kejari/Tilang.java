package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import java.time.LocalDate;

/**
 * One traffic ticket (tilang) whose verdict Kejari executes: the fine set by the court, how it is
 * paid (BRIVA code), and the evidence held. Mutable state (paid, collected) lives in
 * {@link TilangRegister}.
 *
 * @param nomorRegister ticket number, e.g. {@code E4406213}
 * @param nik           the offender's NIK (a sandbox citizen)
 * @param nama          the offender's name as on the ticket
 * @param nopol         plate number, e.g. {@code B 1234 CVA}
 * @param pasal         the article of UU 22/2009 violated
 * @param tanggalSidang day of the verdict
 * @param denda         fine in rupiah
 * @param biayaPerkara  court fee in rupiah
 * @param kodeBriva     the BRIVA number the fine is paid to
 * @param barangBukti   SIM, STNK or KENDARAAN
 */
record Tilang(String nomorRegister, String nik, String nama, String nopol, String pasal, LocalDate tanggalSidang,
        long denda, long biayaPerkara, String kodeBriva, String barangBukti) {

    long total() {
        return denda + biayaPerkara;
    }
}
