package id.go.tangerangkota.mpp.hub.sandbox.taspen;

import java.time.LocalDate;

/**
 * One Taspen participant drawing a pension, as the branch office holds it.
 *
 * @param status            AKTIF, DITANGGUHKAN (authentication missed) or BERHENTI
 * @param payingOfficeCode  bank code (e.g. 110) or POS for the post office
 * @param nextAuthentication the date by which the yearly authentication is due
 */
public record Pensioner(String nik, String notas, String name, String type, String status, long monthlyPension,
        LocalDate retiredOn, String payingOfficeCode, String payingOfficeName, String accountNumber,
        LocalDate lastAuthentication, LocalDate nextAuthentication, LocalDate thtPaidOn, String phone,
        String email, String address) {

    Pensioner authenticated(LocalDate today, String newPhone) {
        return new Pensioner(nik, notas, name, type, "AKTIF", monthlyPension, retiredOn, payingOfficeCode,
                payingOfficeName, accountNumber, today, today.plusYears(1), thtPaidOn,
                newPhone == null ? phone : newPhone, email, address);
    }

    Pensioner changed(String newAddress, String newPhone, String newEmail, String bankCode, String bankName,
            String account) {
        return new Pensioner(nik, notas, name, type, status, monthlyPension, retiredOn,
                bankCode == null ? payingOfficeCode : bankCode, bankCode == null ? payingOfficeName : bankName,
                bankCode == null ? accountNumber : account, lastAuthentication, nextAuthentication, thtPaidOn,
                newPhone == null ? phone : newPhone, newEmail == null ? email : newEmail,
                newAddress == null ? address : newAddress);
    }
}
