package id.go.tangerangkota.mpp.hub.sandbox.bpkd;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rentable city asset (barang milik daerah) from BPKD's published list, with its capacity, the
 * rental retribution per day (tarif Perda, invented figures) and the days already booked.
 *
 * @param code          kode aset, BMD-XXX-0000
 * @param name          nama aset
 * @param capacity      most people at once
 * @param ratePerDay    retribusi pemakaian kekayaan daerah per day
 * @param booked        booked periods [from, to] inclusive
 */
record Asset(String code, String name, int capacity, long ratePerDay, List<LocalDate[]> booked) {

    private static final Map<String, Asset> LIST = Map.of(
            "BMD-GDG-0007", new Asset("BMD-GDG-0007", "GEDUNG SERBAGUNA KECAMATAN KARAWACI", 400, 2_500_000,
                    List.<LocalDate[]>of(new LocalDate[] {LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)})),
            "BMD-GDG-0002", new Asset("BMD-GDG-0002", "AULA BALAI KOTA LANTAI 4", 150, 1_500_000, List.of()),
            "BMD-LAP-0003", new Asset("BMD-LAP-0003", "LAPANGAN AHMAD YANI", 3000, 1_000_000, List.of()),
            "BMD-TNH-0011", new Asset("BMD-TNH-0011", "LAHAN PARKIR EKS TERMINAL CIMONE", 800, 750_000, List.of()));

    /** The asset of a code on the list. */
    static Optional<Asset> find(String code) {
        return Optional.ofNullable(LIST.get(code));
    }

    /** Whether any day of [from, to] is already booked. */
    boolean bookedDuring(LocalDate from, LocalDate to) {
        return booked.stream().anyMatch(p -> !from.isAfter(p[1]) && !to.isBefore(p[0]));
    }
}
