package id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * The cases of Pengadilan Agama Tangerang known to the sandbox, by case number: Rina's decided
 * petition of the catalogue, Hendra's pending itsbat nikah, a divorce with legal force between two
 * seed citizens, and a deterministic set for other citizens.
 */
public final class CaseRegister {

    private final Map<String, CourtCase> cases = new LinkedHashMap<>();

    CaseRegister(CitizenRegistry citizens) {
        // Rina: petition for a determination of heirs, decided on 14 Oct 2026 (catalogue example).
        add(new CourtCase("0412/Pdt.P/2026/PA.Tng", "Penetapan Ahli Waris", LocalDate.of(2026, 8, 24),
                "Putusan dibacakan", LocalDate.of(2026, 10, 14), "PUTUS", LocalDate.of(2026, 10, 14), null, null,
                Set.of("3671116304880006")));
        // Hendra: itsbat nikah still being heard; next hearing set.
        add(new CourtCase("0977/Pdt.P/2026/PA.Tng", "Itsbat Nikah", LocalDate.of(2026, 10, 19), "Sidang pembuktian",
                LocalDate.of(2026, 11, 18), "PROSES", null, LocalDateTime.of(2026, 12, 2, 9, 0),
                "Pemeriksaan saksi", Set.of("3671092709650005")));
        List<Citizen> all = citizens.all();
        // A contested case with two parties, both seed citizens, with legal force.
        Citizen a = all.get(all.size() / 2);
        Citizen b = all.get(all.size() / 2 + 1);
        add(new CourtCase("1203/Pdt.G/2026/PA.Tng", "Cerai Gugat", LocalDate.of(2026, 6, 8),
                "Berkekuatan hukum tetap; akta cerai terbit", LocalDate.of(2026, 9, 28), "BHT",
                LocalDate.of(2026, 9, 10), null, null, Set.of(a.nik(), b.nik())));
        for (int i = 0, n = 0; i < all.size() && n < 20; i += 11, n++) {
            Citizen c = all.get(i);
            boolean decided = n % 2 == 0;
            add(new CourtCase(String.format("%04d/Pdt.%s/2026/PA.Tng", 1300 + n, n % 3 == 0 ? "P" : "G"),
                    n % 3 == 0 ? "Dispensasi Kawin" : "Cerai Talak", LocalDate.of(2026, 7, 1).plusDays(n),
                    decided ? "Putusan dibacakan" : "Mediasi", LocalDate.of(2026, 10, 1).plusDays(n),
                    decided ? "PUTUS" : "PROSES", decided ? LocalDate.of(2026, 10, 1).plusDays(n) : null,
                    decided ? null : LocalDateTime.of(2026, 12, 7, 9, 0).plusDays(n % 4), decided ? null : "Mediasi",
                    Set.of(c.nik())));
        }
    }

    private void add(CourtCase c) {
        cases.put(c.nomorPerkara(), c);
    }

    /** A case by number. */
    public Optional<CourtCase> byNumber(String nomorPerkara) {
        return Optional.ofNullable(cases.get(nomorPerkara));
    }

    /** Every case, in seed order. */
    public Collection<CourtCase> all() {
        return new ArrayList<>(cases.values());
    }
}
