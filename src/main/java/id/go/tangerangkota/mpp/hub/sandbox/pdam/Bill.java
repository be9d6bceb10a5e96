package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One month's water bill (rekening air), with the fields other PDAMs publish. Amounts are whole
 * rupiah; {@code total} is the sum of all the charges.
 *
 * @param blth         the billing month
 * @param standLalu    meter reading at the start (m3)
 * @param standKini    meter reading at the end (m3)
 * @param pakai        use in m3
 * @param hargaAir     the water itself, by the class's progressive blocks
 * @param abodemen     customer administration charge
 * @param materai      stamp duty (only on large bills)
 * @param limbah       waste-water charge
 * @param retribusi    city levy
 * @param denda        late-payment penalty
 * @param bebanTetap   fixed charge by pipe size
 * @param biayaMeter   meter maintenance
 * @param admin        collector (loket) fee
 * @param total        everything due for the month
 * @param jatuhTempo   due date
 * @param seedReceipt  receipt number when the seed has it paid, else null
 */
public record Bill(YearMonth blth, long standLalu, long standKini, long pakai, long hargaAir, long abodemen,
        long materai, long limbah, long retribusi, long denda, long bebanTetap, long biayaMeter, long admin,
        long total, LocalDate jatuhTempo, String seedReceipt) {
}
