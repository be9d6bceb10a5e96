package id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The Pengadilan Agama section of {@code GET /test-data}: cases with the NIK of one party. */
final class PaTestData implements Supplier<Object> {

    private final CaseRegister register;
    private final String basePath;

    PaTestData(CaseRegister register, String basePath) {
        this.register = register;
        this.basePath = basePath;
    }

    @Override
    public Object get() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("basePath", basePath);
        section.put("services", List.of("/sipp/perkara", "/posbakum/antrian"));
        section.put("auth", "HTTP Basic (partner account)");
        section.put("hours", "Mon-Thu 08:00-16:00, Fri 08:00-16:30 WIB; Posbakum sessions 08-12 and 13-16, two per hour");
        section.put("cases", register.all().stream().limit(12).map(c -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("caseNumber", c.nomorPerkara());
            e.put("partyNik", c.parties().stream().sorted().findFirst().orElseThrow());
            e.put("classification", c.klasifikasi());
            e.put("status", c.statusPerkara());
            return e;
        }).toList());
        return section;
    }
}
