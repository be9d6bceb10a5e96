package id.go.tangerangkota.mpp.hub.sandbox.polres;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Polres section of {@code GET /test-data}: the showcase's SKCKs and SIMs and some generated
 * ones, with what the gateway would answer today. Built on request, so renewals show.
 */
final class PolresTestData implements Supplier<Object> {

    private final SkckRegister skcks;
    private final SimRegister sims;
    private final Clock clock;
    private final String basePath;

    PolresTestData(SkckRegister skcks, SimRegister sims, Clock clock, String basePath) {
        this.skcks = skcks;
        this.sims = sims;
        this.clock = clock;
        this.basePath = basePath;
    }

    @Override
    public Object get() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("basePath", basePath);
        section.put("services", List.of(PolresServices.SKCK, PolresServices.SKCK_RENEWAL, PolresServices.SIM_RENEWAL));
        section.put("apiKeyHeader", PolresHandler.API_KEY_HEADER);
        section.put("deduplicatedOn", "nomorReferensiMpp (the hub's request id)");
        section.put("showcase", List.of(
                Map.of("nik", "3671134101000004", "note", "Dewi: new SKCK (catalogue example), JKN card 0001893362047 "
                        + "AKTIF at BPJS Kesehatan; mother ENDANG KUSRINI; no SIM"),
                Map.of("nik", "3671011203850001", "note", "Budi: SKCK " + SkckRegister.BUDI_SKCK + " expired 2026-06-09 "
                        + "(renewable until 2027-06-09, JKN card 0001427735619); SIM A " + SimRegister.BUDI_SIM_A
                        + " valid until 2027-12-20"),
                Map.of("nik", "3671071506780003", "note", "Ahmad: SKCK " + SkckRegister.AHMAD_SKCK + " expired more than "
                        + "a year ago (SKCK-13); SIM C " + SimRegister.AHMAD_SIM_C + " expired 2025-06-15 (SIM-04); "
                        + "SIM A 06780422000588 valid"),
                Map.of("nik", "3671092709650005", "note", "Hendra: SKCK " + SkckRegister.HENDRA_SKCK + " still valid "
                        + "(renewal allowed); SIM A 09650422000912"),
                Map.of("nik", "3671055208920002", "note", "Siti: SIM C " + SimRegister.SITI_SIM_C + " valid until 2029-08-12"),
                Map.of("nik", "3671116304880006", "note", "Rina: JKN TIDAK AKTIF at BPJS Kesehatan, so the hub refuses "
                        + "her SKCK before it reaches Polres; SIM C 04880422002256")));
        section.put("skck", skcks.all().stream().skip(3).limit(6).map(s -> Map.of(
                "nomorSkck", s.number(), "nik", s.nik(), "berlakuSampai", s.validUntil().toString(),
                "renewable", s.renewedBy() == null && !s.validUntil().plusYears(1).isBefore(today))).toList());
        section.put("sim", sims.all().stream().skip(6).limit(8).map(s -> Map.of(
                "nomorSim", s.number(), "nik", s.nik(), "golonganSim", s.simClass(),
                "berlakuSampai", s.validUntil().toString(),
                "renewable", s.renewalNumber() == null && !s.validUntil().isBefore(today))).toList());
        return section;
    }
}
