package id.go.tangerangkota.mpp.hub.sandbox.atrbpn;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A file (berkas) of the land office: number and year as on the receipt, the procedure, its state
 * ({@code PROSES}, {@code TERTUNDA}, {@code SELESAI}, {@code DITUTUP}), where it is, and the right
 * it concerns.
 */
record LandFile(int number, int year, String procedure, String state, String position, String note,
        String right, String applicantNik, LocalDate received, OffsetDateTime updated) {

    String reference() {
        return number + "/" + year;
    }
}
