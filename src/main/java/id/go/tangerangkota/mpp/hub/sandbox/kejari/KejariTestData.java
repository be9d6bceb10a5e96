package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The Kejari section of {@code GET /test-data}: showcase tickets and a sample of the seed. */
final class KejariTestData implements Supplier<Object> {

    private final TilangRegister register;
    private final String basePath;

    KejariTestData(TilangRegister register, String basePath) {
        this.register = register;
        this.basePath = basePath;
    }

    @Override
    public Object get() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("basePath", basePath);
        section.put("services", List.of("/konsultasi-hukum", "/tilang/denda", "/tilang/barang-bukti"));
        section.put("auth", "HTTP Basic (partner account)");
        section.put("hours", "Mon-Fri 08:00-15:00 WIB; consultations PAGI 08-12, SIANG 13-15, one per hour");
        section.put("showcase", List.of(
                Map.of("ticketNumber", "E4406213", "note", "Budi, B 1234 CVA: paid (BRIVA 982714406213001), STNK held"),
                Map.of("ticketNumber", "E4407788", "note", "Ahmad, B 4521 TKA: Rp501.000 unpaid, SIM held"),
                Map.of("ticketNumber", "B3301942", "note", "Dewi, B 6612 ZLA: paid (BRIVA 982713301942001), vehicle held")));
        section.put("tickets", register.all().stream().skip(3).limit(12).map(t -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("ticketNumber", t.nomorRegister());
            e.put("nik", t.nik());
            e.put("plate", t.nopol());
            e.put("evidence", t.barangBukti());
            e.put("paid", register.paidOn(t.nomorRegister()).isPresent());
            e.put("briva", t.kodeBriva());
            e.put("evidenceState", register.evidenceState(t.nomorRegister()));
            return e;
        }).toList());
        return section;
    }
}
