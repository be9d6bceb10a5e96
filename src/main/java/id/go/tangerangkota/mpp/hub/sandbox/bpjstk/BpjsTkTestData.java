package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * The BPJS Ketenagakerjaan section of {@code GET /test-data}: the showcase memberships, a spread
 * of generated ones (active wage earners, self-employed, claimable JHT balances, paid-out ones),
 * and citizens without any membership who may register as BPU. Built on each call, so it shows
 * the data updates and registrations made since the start.
 */
final class BpjsTkTestData implements Supplier<Object> {

    private static final int SAMPLES = 8;

    private final Participants participants;
    private final CitizenRegistry citizens;
    private final String basePath;

    BpjsTkTestData(Participants participants, CitizenRegistry citizens, String basePath) {
        this.participants = participants;
        this.citizens = citizens;
        this.basePath = basePath;
    }

    @Override
    public Object get() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("basePath", basePath);
        section.put("services", List.of("/peserta/status", "/peserta/perubahan-data", "/klaim/jht", "/bpu/pendaftaran"));
        section.put("apiKeyHeader", BpjsTkHandler.API_KEY_HEADER);
        section.put("showcase", List.of(
                entry(ParticipantSeed.BUDI, "15078342615", "active wage earner; name recorded as BUDI SANTOSA (data-update)"),
                entry(ParticipantSeed.AHMAD, "11053368427", "left PT SINAR CAHAYA PLASTINDO on 2026-09-30 (jht-claim)"),
                entry(ParticipantSeed.HENDRA, "95031187204", "retired, JHT already paid out (a claim is refused)"),
                entry(ParticipantSeed.RINA, "22014587306", "self-employed (BPU), JKK and JKM"),
                entry(ParticipantSeed.DEWI, null, "no membership (bpu-registration)")));
        List<Participant> all = participants.all();
        section.put("activeWageEarners", kpjs(all.stream()
                .filter(p -> p.active() && p.segment() == Participant.Segment.PU).toList()));
        section.put("selfEmployed", kpjs(all.stream()
                .filter(p -> p.active() && p.segment() == Participant.Segment.BPU).toList()));
        section.put("claimableJht", kpjs(all.stream()
                .filter(p -> !p.active() && !p.jhtPaidOut() && p.jhtBalance() > 0
                        && p.jhtBalance() <= JhtClaimService.NPWP_THRESHOLD
                        && p.leftOn().isBefore(ParticipantSeed.AS_OF.minusMonths(1))
                        && participants.openClaim(p.kpj()).isEmpty())
                .toList()));
        section.put("jhtPaidOut", kpjs(all.stream().filter(Participant::jhtPaidOut).toList()));
        section.put("withoutMembership", citizens.all().stream()
                .filter(c -> c.birthDate().isBefore(ParticipantSeed.AS_OF.minusYears(20))
                        && c.birthDate().isAfter(ParticipantSeed.AS_OF.minusYears(60)))
                .filter(c -> participants.byNik(c.nik()).isEmpty() && participants.pendingBpu(c.nik()).isEmpty())
                .limit(SAMPLES).map(c -> c.nik()).toList());
        return section;
    }

    private static Map<String, Object> entry(String nik, String kpj, String note) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("nik", nik);
        entry.put("kpj", kpj);
        entry.put("note", note);
        return entry;
    }

    private static List<Map<String, Object>> kpjs(List<Participant> participants) {
        return participants.stream().limit(SAMPLES).map(p -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("nik", p.nik());
            entry.put("kpj", p.kpj());
            entry.put("name", p.name());
            if (!p.active()) {
                entry.put("leftOn", p.leftOn().toString());
            }
            return entry;
        }).toList();
    }
}
