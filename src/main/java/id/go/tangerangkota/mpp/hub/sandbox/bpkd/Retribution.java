package id.go.tangerangkota.mpp.hub.sandbox.bpkd;

import java.time.LocalDate;

/**
 * One SKRD: a retribution bill with its payment code (kode bayar, the Bank BJB VA's customer
 * number under 88367), its payer by NIK and whether it is paid.
 *
 * @param billingCode  kode bayar, 16 digits
 * @param skrdNumber   nomor SKRD
 * @param kind         jenis retribusi
 * @param payerNik     NIK of the wajib retribusi
 * @param payerName    nama wajib retribusi
 * @param amount       pokok retribusi
 * @param issuedOn     tanggal SKRD
 * @param dueDate      jatuh tempo
 * @param paidOn       tanggal bayar, null while unpaid
 */
public record Retribution(String billingCode, String skrdNumber, String kind, String payerNik, String payerName,
        long amount, LocalDate issuedOn, LocalDate dueDate, LocalDate paidOn) {
}
