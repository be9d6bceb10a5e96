package id.go.tangerangkota.mpp.hub.sandbox.bpkd;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * BPKD's SKRD register for the showcase citizens: the same billing codes, payers, amounts and
 * titles the sandbox Bank BJB holds as retribution virtual accounts (88367 + kode bayar, see
 * sandbox/bankbjb/VirtualAccountBook), none of them paid yet. Rina's PBG retribution
 * 3671112611000123 is Rp1.875.000, unpaid.
 */
public final class Retributions {

    public static final String RINA_PBG = "3671112611000123";
    static final LocalDate ISSUED = LocalDate.of(2026, 11, 16);
    static final LocalDate DUE = LocalDate.of(2026, 12, 16);

    private final Map<String, Retribution> byCode = new LinkedHashMap<>();

    private Retributions() {
    }

    static Retributions seeded(CitizenRegistry citizens) {
        Retributions book = new Retributions();
        book.add(citizens, RINA_PBG, "SKRD/PBG/2026/11/000123", "RETRIBUSI PERSETUJUAN BANGUNAN GEDUNG (PBG)",
                "3671116304880006", 1_875_000);
        book.add(citizens, "3671052611000207", "SKRD/PSP/2026/11/000207", "RETRIBUSI PELAYANAN PERSAMPAHAN/KEBERSIHAN",
                "3671055208920002", 150_000);
        book.add(citizens, "3671132611000318", "SKRD/PKD/2026/11/000318", "RETRIBUSI PEMAKAIAN KEKAYAAN DAERAH",
                "3671134101000004", 425_000);
        book.add(citizens, "3671092611000501", "SKRD/PBG/2026/11/000501", "RETRIBUSI PERSETUJUAN BANGUNAN GEDUNG (PBG)",
                "3671092709650005", 275_000);
        book.add(citizens, "3671092611000502", "SKRD/PSR/2026/11/000502", "RETRIBUSI PELAYANAN PASAR",
                "3671092709650005", 300_000);
        return book;
    }

    /** The SKRD of a billing code. */
    public Optional<Retribution> find(String billingCode) {
        return Optional.ofNullable(byCode.get(billingCode));
    }

    /** Every SKRD, for the test data. */
    public List<Retribution> all() {
        return List.copyOf(byCode.values());
    }

    private void add(CitizenRegistry citizens, String code, String skrd, String kind, String nik, long amount) {
        String name = citizens.byNik(nik).orElseThrow().fullName();
        byCode.put(code, new Retribution(code, skrd, kind, nik, name, amount, ISSUED, DUE, null));
    }
}
