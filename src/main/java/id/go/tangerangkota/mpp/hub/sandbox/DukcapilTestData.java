package id.go.tangerangkota.mpp.hub.sandbox;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The Disdukcapil section of {@code GET /test-data}: the showcase citizens, a spread of
 * generated NIKs (every kecamatan, both sexes), a NIK that is valid but certainly unknown, and
 * family cards with their members for birth registrations.
 */
final class DukcapilTestData implements Supplier<Object> {

    /** Valid per the NIK rules, serial 9999: the seed never issues serials from 9000. */
    static final String UNKNOWN_NIK = "3671061010909999";

    private final Map<String, Object> section;

    DukcapilTestData(DukcapilSettings settings, CitizenRegistry citizens) {
        // The registry never changes, so the section is built once.
        Map<String, Object> built = new LinkedHashMap<>();
        built.put("institution", settings.institution());
        built.put("basePath", DukcapilBackend.BASE + settings.institution());
        built.put("services", List.of("CALL_NIK", "CALL_VERIFY_BY_ELEMEN", "LAYANAN_AKTA_KELAHIRAN"));
        built.put("showcaseCitizens", citizens.showcase().stream().map(DukcapilTestData::summary).toList());
        built.put("sampleNiks", sampleNiks(citizens));
        built.put("unknownNik", UNKNOWN_NIK);
        built.put("familyCards", familyCards(citizens));
        this.section = java.util.Collections.unmodifiableMap(built);
    }

    @Override
    public Object get() {
        return section;
    }

    private static Map<String, String> summary(Citizen citizen) {
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("nik", citizen.nik());
        summary.put("name", citizen.fullName());
        summary.put("sex", citizen.sex().name());
        summary.put("birthDate", DateTimeFormatter.ISO_LOCAL_DATE.format(citizen.birthDate()));
        summary.put("familyCardNumber", citizen.familyCardNumber());
        summary.put("kecamatan", citizen.address().kecamatan().label());
        return summary;
    }

    /** The first generated man and woman of each kecamatan: 26 NIKs. */
    private static List<String> sampleNiks(CitizenRegistry citizens) {
        Set<String> showcaseCards = showcaseCards(citizens);
        List<String> niks = new ArrayList<>();
        for (Kecamatan kecamatan : Kecamatan.values()) {
            for (Citizen.Sex sex : Citizen.Sex.values()) {
                citizens.all().stream()
                        .filter(c -> !showcaseCards.contains(c.familyCardNumber()))
                        .filter(c -> c.address().kecamatan() == kecamatan && c.sex() == sex)
                        .findFirst()
                        .ifPresent(c -> niks.add(c.nik()));
            }
        }
        return niks;
    }

    /** The showcase families' cards, then one generated card of three or more per kecamatan. */
    private static List<Map<String, Object>> familyCards(CitizenRegistry citizens) {
        Set<String> showcaseCards = showcaseCards(citizens);
        List<String> cards = new ArrayList<>(showcaseCards);
        for (Kecamatan kecamatan : Kecamatan.values()) {
            citizens.familyCardNumbers().stream()
                    .filter(card -> !showcaseCards.contains(card))
                    .filter(card -> citizens.familyMembers(card).size() >= 3)
                    .filter(card -> citizens.familyMembers(card).get(0).address().kecamatan() == kecamatan)
                    .findFirst()
                    .ifPresent(cards::add);
        }
        List<Map<String, Object>> listed = new ArrayList<>();
        for (String card : cards) {
            List<Citizen> members = citizens.familyMembers(card);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("familyCardNumber", card);
            entry.put("kecamatan", members.get(0).address().kecamatan().label());
            entry.put("members", members.stream().map(m -> {
                Map<String, String> member = new LinkedHashMap<>();
                member.put("nik", m.nik());
                member.put("name", m.fullName());
                member.put("sex", m.sex().name());
                member.put("relation", m.familyRelation());
                return member;
            }).toList());
            listed.add(entry);
        }
        return listed;
    }

    private static Set<String> showcaseCards(CitizenRegistry citizens) {
        return citizens.showcase().stream().map(Citizen::familyCardNumber)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
