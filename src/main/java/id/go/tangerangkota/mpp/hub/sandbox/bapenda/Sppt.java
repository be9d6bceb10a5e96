package id.go.tangerangkota.mpp.hub.sandbox.bapenda;

import java.time.LocalDate;

/**
 * One SPPT PBB-P2: the tax notice of a tax object (NOP) for a year, with its taxpayer (by NIK, as
 * the sandbox's citizens) and whether it is paid.
 *
 * @param nop            18 digits
 * @param year           tahun pajak
 * @param taxpayerNik    NIK of the wajib pajak, null for a deceased owner outside the register
 * @param taxpayerName   nama wajib pajak as on the SPPT
 * @param objectAddress  letak objek pajak
 * @param landM2         luas bumi
 * @param buildingM2     luas bangunan
 * @param njop           NJOP of land and building together
 * @param amount         PBB terutang
 * @param dueDate        jatuh tempo
 * @param paidOn         tanggal bayar, null while unpaid
 */
public record Sppt(String nop, int year, String taxpayerNik, String taxpayerName, String objectAddress, int landM2,
        int buildingM2, long njop, long amount, LocalDate dueDate, LocalDate paidOn) {

    /** Whether the SPPT is paid. */
    public boolean paid() {
        return paidOn != null;
    }
}
