package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * The JKN memberships of the sandbox's citizens, keyed by the same NIKs as SIAK: the showcase
 * families written out (the connector examples and tests name them), then every generated family
 * drawn from a fixed seed, family card by family card, so the same citizens hold the same cards on
 * every run.
 *
 * <p>About nine families in ten are members (everyone on the family card holds a card); the
 * segment follows the head's occupation (employees PPU, traders and the self-employed PBPU, the
 * poor PBI-JK or paid by the city); some memberships are TIDAK AKTIF (PBPU arrears, PBI
 * deactivations).
 */
final class ParticipantSeed {

    /** Open-ended cover: what tglTAT says for a membership with no end in sight. */
    static final LocalDate OPEN_END = LocalDate.of(2050, 1, 1);

    private static final long SEED = 3_671_0414L;
    private static final Set<String> EMPLOYEES = Set.of("PEGAWAI NEGERI SIPIL (PNS)", "GURU", "KARYAWAN BUMN",
            "TENTARA NASIONAL INDONESIA (TNI)", "KEPOLISIAN RI (POLRI)", "KARYAWAN SWASTA", "DOKTER", "PERAWAT");
    private static final Set<String> FIRST_CLASS_EMPLOYEES = Set.of("PEGAWAI NEGERI SIPIL (PNS)",
            "TENTARA NASIONAL INDONESIA (TNI)", "KEPOLISIAN RI (POLRI)", "DOKTER");
    private static final Set<String> SELF_EMPLOYED = Set.of("WIRASWASTA", "PEDAGANG", "SOPIR");

    private final CitizenRegistry citizens;
    private final LocalDate today;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final Set<String> usedCards = new HashSet<>();
    private final Map<String, Participant> byNik = new LinkedHashMap<>();

    private ParticipantSeed(CitizenRegistry citizens, LocalDate today) {
        this.citizens = citizens;
        this.today = today;
    }

    /**
     * @param today the back office's date: only the showcase's "recently moved FKTP" participant
     *              depends on it (registered at the current FKTP since the first of last month)
     */
    static List<Participant> build(CitizenRegistry citizens, LocalDate today) {
        ParticipantSeed seed = new ParticipantSeed(citizens, today);
        seed.showcase();
        seed.generated();
        return List.copyOf(seed.byNik.values());
    }

    /** The showcase families, written out; the connector examples depend on these values. */
    private void showcase() {
        LocalDate movedRecently = today.withDayOfMonth(1).minusMonths(1);
        Fktp cipondoh = Fktp.byCode("0414P005").orElseThrow();
        // Budi and Siti: PPU family at Puskesmas Cipondoh; Siti's card still has her short name.
        fixed("3671011203850001", "0001427735619", null, Segment.PPU, 1, "1",
                date(2015, 2, 1), OPEN_END, cipondoh, date(2019, 3, 1));
        fixed("3671055208920002", "0001427735620", "SITI NURHALIZA", Segment.PPU, 1, "2",
                date(2016, 6, 1), OPEN_END, cipondoh, date(2019, 3, 1));
        // Ahmad's family: PBPU class II; the son moved to the puskesmas last month (3-month rule).
        Fktp karawaciKlinik = Fktp.byCode("0414U052").orElseThrow();
        fixed("3671071506780003", "0001731904125", null, Segment.PBPU, 2, "1",
                date(2018, 3, 1), OPEN_END, karawaciKlinik, date(2020, 1, 1));
        fixed("3671074211810008", "0001731904136", null, Segment.PBPU, 2, "2",
                date(2018, 3, 1), OPEN_END, karawaciKlinik, date(2020, 1, 1));
        fixed("3671071909050009", "0001731904147", null, Segment.PBPU, 2, "3",
                date(2018, 3, 1), OPEN_END, Fktp.byCode("0414P007").orElseThrow(), movedRecently);
        // Dewi: her own PPU membership; her parents' PBPU lapsed for arrears.
        fixed("3671134101000004", "0001893362047", null, Segment.PPU, 2, "1",
                date(2022, 7, 1), OPEN_END, Fktp.byCode("0414U056").orElseThrow(), date(2022, 8, 1));
        Fktp larangan = Fktp.byCode("0414P013").orElseThrow();
        fixed("3671130805680010", "0001893362058", null, Segment.PBPU, 3, "1",
                date(2016, 1, 1), date(2025, 12, 31), larangan, date(2016, 1, 1));
        fixed("3671135402720011", "0001893362069", null, Segment.PBPU, 3, "2",
                date(2016, 1, 1), date(2025, 12, 31), larangan, date(2016, 1, 1));
        // Hendra and Yati: pensioners (BP), class I.
        Fktp cibodas = Fktp.byCode("0414P009").orElseThrow();
        fixed("3671092709650005", "0002011583640", null, Segment.BP, 1, "1",
                date(2020, 10, 1), OPEN_END, cibodas, date(2020, 10, 1));
        fixed("3671097003670012", "0002011583651", null, Segment.BP, 1, "2",
                date(2020, 10, 1), OPEN_END, cibodas, date(2020, 10, 1));
        // Rina and her daughter: PBI-JK, deactivated at the end of June 2026.
        Fktp pinang = Fktp.byCode("0414P011").orElseThrow();
        fixed("3671116304880006", "0002296471058", null, Segment.PBI_JK, 3, "1",
                date(2014, 1, 1), date(2026, 6, 30), pinang, date(2014, 1, 1));
        fixed("3671114510110013", "0002296471069", null, Segment.PBI_JK, 3, "3",
                date(2014, 1, 1), date(2026, 6, 30), pinang, date(2014, 1, 1));
    }

    private void fixed(String nik, String card, String nameOnCard, Segment segment, int careClass, String pisa,
            LocalDate tmt, LocalDate tat, Fktp provider, LocalDate since) {
        Citizen c = citizens.byNik(nik).orElseThrow(() -> new IllegalStateException("showcase citizen missing"));
        usedCards.add(card);
        byNik.put(nik, new Participant(card, nik, nameOnCard == null ? c.fullName() : nameOnCard, c.sex(),
                c.birthDate(), c.motherName(), c.familyCardNumber(), segment, careClass, pisa, tmt, tat, provider,
                since, null, null));
    }

    /** Every family card not in the showcase, in the registry's order. */
    private void generated() {
        for (String familyCard : citizens.familyCardNumbers()) {
            List<Citizen> members = citizens.familyMembers(familyCard);
            if (members.stream().anyMatch(m -> byNik.containsKey(m.nik()))) {
                continue; // a showcase family
            }
            if (random.nextInt(100) >= 88) {
                continue; // not (yet) a member: about one family in eight
            }
            Citizen head = members.get(0);
            Segment segment = segmentOf(head.occupation());
            int careClass = careClassOf(segment, head.occupation());
            LocalDate tmt = firstOfMonth(date(2014, 1, 1), date(2023, 12, 1));
            LocalDate tat = random.nextInt(100) < inactivePercent(segment)
                    ? lastDayOfMonth(date(2024, 1, 1), date(2026, 9, 1))
                    : OPEN_END;
            Fktp provider = providerFor(head);
            LocalDate since = firstOfMonth(tmt, date(2025, 12, 1));
            for (Citizen member : members) {
                boolean ownEmployment = member != head && EMPLOYEES.contains(member.occupation())
                        && "ANAK".equals(member.familyRelation());
                Segment own = ownEmployment ? Segment.PPU : segment;
                LocalDate memberTmt = member.birthDate().isAfter(tmt) ? member.birthDate() : tmt;
                byNik.put(member.nik(), new Participant(newCard(), member.nik(), member.fullName(), member.sex(),
                        member.birthDate(), member.motherName(), familyCard, own,
                        ownEmployment ? 2 : careClass, ownEmployment || member == head ? "1" : pisaOf(member),
                        memberTmt, ownEmployment ? OPEN_END : tat, provider,
                        since.isBefore(memberTmt) ? memberTmt : since, null, null));
            }
        }
    }

    private Segment segmentOf(String occupation) {
        if (EMPLOYEES.contains(occupation)) {
            return Segment.PPU;
        }
        if ("PENSIUNAN".equals(occupation)) {
            return Segment.BP;
        }
        int draw = random.nextInt(100);
        if (SELF_EMPLOYED.contains(occupation)) {
            return draw < 60 ? Segment.PBPU : draw < 85 ? Segment.PBPU_PEMDA : Segment.PBI_JK;
        }
        return draw < 55 ? Segment.PBI_JK : draw < 90 ? Segment.PBPU_PEMDA : Segment.PBPU;
    }

    private int careClassOf(Segment segment, String occupation) {
        return switch (segment) {
            case PBI_JK, PBPU_PEMDA -> 3;
            case PPU -> FIRST_CLASS_EMPLOYEES.contains(occupation) || random.nextBoolean() ? 1 : 2;
            case BP -> 1;
            case PBPU -> {
                int draw = random.nextInt(10);
                yield draw < 2 ? 1 : draw < 5 ? 2 : 3;
            }
        };
    }

    private static int inactivePercent(Segment segment) {
        return switch (segment) {
            case PBPU -> 20;
            case PBI_JK -> 20;
            case PBPU_PEMDA -> 5;
            case PPU -> 4;
            case BP -> 0;
        };
    }

    private Fktp providerFor(Citizen head) {
        List<Fktp> others = Fktp.others(head.address().kecamatan());
        if (!others.isEmpty() && random.nextInt(100) < 30) {
            return others.get(random.nextInt(others.size()));
        }
        return Fktp.puskesmas(head.address().kecamatan());
    }

    private static String pisaOf(Citizen member) {
        return switch (member.familyRelation()) {
            case "ISTRI", "SUAMI" -> "2";
            case "ANAK" -> "3";
            default -> "1";
        };
    }

    /** A card number not given before: 0001 or 0002 and nine digits, as the showcase cards. */
    private String newCard() {
        while (true) {
            String card = String.format("000%d%09d", 1 + random.nextInt(2), random.nextInt(1_000_000_000));
            if (usedCards.add(card)) {
                return card;
            }
        }
    }

    private LocalDate firstOfMonth(LocalDate first, LocalDate last) {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last.withDayOfMonth(1));
        return first.withDayOfMonth(1).plusMonths(months <= 0 ? 0 : random.nextLong(months + 1));
    }

    private LocalDate lastDayOfMonth(LocalDate first, LocalDate last) {
        LocalDate month = firstOfMonth(first, last);
        return month.withDayOfMonth(month.lengthOfMonth());
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
