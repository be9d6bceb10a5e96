package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * The BPJS Kesehatan section of {@code GET /test-data}: the showcase cards, a few cards of each
 * segment and status, a citizen without a card, an unknown card number, the known FKTP codes, and
 * what each application example needs. Built on request: corrections and FKTP changes show.
 */
final class BpjsKesehatanTestData implements Supplier<Object> {

    /** Thirteen digits that no seed card has: the seed cards start with 0001 or 0002. */
    static final String UNKNOWN_CARD = "0009999999999";

    private final Participants participants;
    private final CitizenRegistry citizens;
    private final Clock clock;

    BpjsKesehatanTestData(Participants participants, CitizenRegistry citizens, Clock clock) {
        this.participants = participants;
        this.citizens = citizens;
        this.clock = clock;
    }

    @Override
    public Object get() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("basePath", VclaimHandler.BASE);
        section.put("services", List.of("GET /Peserta/nik/{nik}/tglSEP/{yyyy-MM-dd}",
                "GET /Peserta/nokartu/{noKartu}/tglSEP/{yyyy-MM-dd}",
                "POST /Kepesertaan/perbaikanData", "POST /Kepesertaan/pindahFKTP"));
        section.put("participantCount", participants.size());
        section.put("showcaseCards", citizens.showcase().stream()
                .map(c -> participants.byNik(c.nik()).map(p -> summary(p, today)).orElse(null))
                .filter(java.util.Objects::nonNull).toList());
        Map<String, Object> samples = new LinkedHashMap<>();
        for (Segment segment : Segment.values()) {
            samples.put(segment.keterangan() + " AKTIF", sample(p -> p.segment() == segment && p.activeOn(today)));
            samples.put(segment.keterangan() + " TIDAK AKTIF",
                    sample(p -> p.segment() == segment && !p.activeOn(today)));
        }
        section.put("sampleCards", samples);
        section.put("citizenWithoutCard", citizens.all().stream().map(Citizen::nik)
                .filter(nik -> participants.byNik(nik).isEmpty()).findFirst().orElse(null));
        section.put("unknownCard", UNKNOWN_CARD);
        section.put("providers", Fktp.ALL.stream().map(Fktp::asProvUmum).toList());
        Map<String, String> applications = new LinkedHashMap<>();
        applications.put("dataCorrection", "Siti 3671055208920002, card 0001427735620: name on card "
                + "'SITI NURHALIZA', Dukcapil 'SITI NURHALIZA RAHMAWATI'");
        applications.put("changePrimaryCare", "Budi 3671011203850001, card 0001427735619, at 0414P005 since "
                + "2019-03-01; move to 0414U057");
        applications.put("changePrimaryCareTooSoon", "3671071909050009, card 0001731904147: moved to its FKTP "
                + "on the first of last month, so a change is refused (3-month rule)");
        applications.put("changePrimaryCareInactive", "Rina 3671116304880006, card 0002296471058: PBI-JK "
                + "TIDAK AKTIF since 2026-07-01, so a change is refused");
        section.put("applications", applications);
        return section;
    }

    private Map<String, Object> summary(Participant p, LocalDate today) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("nik", p.nik());
        summary.put("noKartu", p.noKartu());
        summary.put("nama", p.nama());
        summary.put("statusToday", p.activeOn(today) ? "AKTIF" : "TIDAK AKTIF");
        summary.put("jenisPeserta", p.segment().keterangan());
        summary.put("hakKelas", "KELAS " + "I".repeat(p.careClass()));
        summary.put("kdProvider", p.providerOn(today).code());
        return summary;
    }

    /** Up to three cards (generated ones, not the showcase's) matching the condition. */
    private List<Map<String, String>> sample(Predicate<Participant> condition) {
        List<String> showcase = citizens.showcase().stream().map(Citizen::familyCardNumber).toList();
        List<Map<String, String>> cards = new ArrayList<>();
        for (Participant p : participants.all()) {
            if (cards.size() == 3) {
                break;
            }
            if (!showcase.contains(p.familyCardNumber()) && condition.test(p)) {
                cards.add(Map.of("nik", p.nik(), "noKartu", p.noKartu()));
            }
        }
        return cards;
    }
}
