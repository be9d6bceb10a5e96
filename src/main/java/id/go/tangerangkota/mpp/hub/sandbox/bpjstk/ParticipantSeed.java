package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * The memberships the simulated BPJS Ketenagakerjaan starts with: the hand-written ones that
 * examples and tests name, then memberships for the generated citizens by occupation (employees
 * as wage earners, traders and drivers often self-employed, pensioners with their JHT paid out,
 * some jobless with a balance still to claim). Deterministic: a fixed seed, citizens in registry
 * order. All fictitious.
 */
final class ParticipantSeed {

    /** The date the seed's memberships are current at. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final YearMonth LAST_PAID = YearMonth.of(2026, 10);

    static final String BUDI = "3671011203850001";
    static final String AHMAD = "3671071506780003";
    static final String DEWI = "3671134101000004";
    static final String HENDRA = "3671092709650005";
    static final String RINA = "3671116304880006";

    private static final long SEED = 3_671_0017L;
    private static final List<String> ALL = List.of("JHT", "JKK", "JKM", "JP");
    private static final List<String[]> EMPLOYERS = List.of(
            new String[] {"17024589", "PT MITRA LOGISTIK CIKOKOL"},
            new String[] {"11007342", "PT SINAR CAHAYA PLASTINDO"},
            new String[] {"09003311", "PT TANGERANG BAJA PERKASA"},
            new String[] {"13045520", "PT INDAH KEMASAN NUSANTARA"},
            new String[] {"15021877", "PT KARAWACI ELEKTRINDO"},
            new String[] {"08001962", "PT JATIUWUNG TEXTILE MILLS"},
            new String[] {"16033018", "PT BATUCEPER SENTOSA FOODS"},
            new String[] {"18040265", "PT MITRA RETAIL MODERN"},
            new String[] {"12009934", "RS HARAPAN SEHAT TANGERANG"},
            new String[] {"19051207", "PT BANDARA JASA LAYANAN"},
            new String[] {"14017746", "CV SUMBER REJEKI PLASTIK"},
            new String[] {"20060413", "PT CIPONDOH DIGITAL KREASI"});
    private static final Set<String> EMPLOYEES = Set.of("KARYAWAN SWASTA", "KARYAWAN BUMN", "PERAWAT", "DOKTER");
    private static final Set<String> SELF_EMPLOYED = Set.of("WIRASWASTA", "PEDAGANG", "SOPIR", "BURUH HARIAN LEPAS");

    private final SplittableRandom random = new SplittableRandom(SEED);
    private final Set<String> kpjs = new HashSet<>();
    private final List<Participant> seeded = new ArrayList<>();

    private ParticipantSeed() {
    }

    static List<Participant> seed(CitizenRegistry citizens) {
        ParticipantSeed seed = new ParticipantSeed();
        seed.showcase(citizens);
        Set<String> handWritten = Set.of(BUDI, AHMAD, DEWI, HENDRA, RINA);
        for (Citizen citizen : citizens.all()) {
            if (!handWritten.contains(citizen.nik())) {
                seed.generated(citizen);
            }
        }
        return List.copyOf(seed.seeded);
    }

    private void showcase(CitizenRegistry citizens) {
        // Budi: active wage earner whose name BPJS recorded as "BUDI SANTOSA" (the data-update example).
        Citizen budi = citizens.byNik(BUDI).orElseThrow();
        add(new Participant("15078342615", BUDI, "BUDI SANTOSA", budi.sex(), budi.birthDate(), budi.birthPlace(),
                budi.motherName(), Participant.Segment.PU, "17024589", "PT MITRA LOGISTIK CIKOKOL",
                LocalDate.of(2015, 7, 1), null, LAST_PAID, ALL, 64_318_750, false, "081298765431", null));
        // Ahmad: left PT Sinar Cahaya Plastindo on 30 September 2026 (the JHT-claim example).
        Citizen ahmad = citizens.byNik(AHMAD).orElseThrow();
        add(new Participant("11053368427", AHMAD, ahmad.fullName(), ahmad.sex(), ahmad.birthDate(),
                ahmad.birthPlace(), ahmad.motherName(), Participant.Segment.PU, "11007342",
                "PT SINAR CAHAYA PLASTINDO", LocalDate.of(2011, 5, 2), LocalDate.of(2026, 9, 30),
                YearMonth.of(2026, 9), ALL, 48_725_300, false, "081398765432", null));
        // Hendra: retired at 56 in 2021, JHT already paid out (a claim is refused).
        Citizen hendra = citizens.byNik(HENDRA).orElseThrow();
        add(new Participant("95031187204", HENDRA, hendra.fullName(), hendra.sex(), hendra.birthDate(),
                hendra.birthPlace(), hendra.motherName(), Participant.Segment.PU, "09003311",
                "PT TANGERANG BAJA PERKASA", LocalDate.of(1995, 3, 1), LocalDate.of(2021, 9, 30),
                YearMonth.of(2021, 9), ALL, 0, true, null, null));
        // Rina: self-employed caterer, JKK and JKM only. Dewi has no membership (the BPU example).
        Citizen rina = citizens.byNik(RINA).orElseThrow();
        add(new Participant("22014587306", RINA, rina.fullName(), rina.sex(), rina.birthDate(), rina.birthPlace(),
                rina.motherName(), Participant.Segment.BPU, null, null, LocalDate.of(2022, 1, 10), null, LAST_PAID,
                List.of("JKK", "JKM"), 0, false, "087812345670", null));
    }

    private void generated(Citizen c) {
        int age = Period.between(c.birthDate(), AS_OF).getYears();
        if (age < 18) {
            return;
        }
        String job = c.occupation();
        if (EMPLOYEES.contains(job)) {
            // An earlier employer now and then, then the current one; some have just left.
            LocalDate start = AS_OF.minusYears(Math.min(age - 18, 1 + random.nextInt(20))).withDayOfMonth(1);
            if (random.nextInt(100) < 20 && start.getYear() < 2020) {
                LocalDate left = start.plusMonths(12 + random.nextInt(36)).withDayOfMonth(1).minusDays(1);
                add(wageEarner(c, start, left));
                start = left.plusMonths(1).withDayOfMonth(1);
            }
            add(wageEarner(c, start, random.nextInt(100) < 12 ? leftRecently() : null));
        } else if (SELF_EMPLOYED.contains(job) && age < 65 && random.nextInt(100) < 35) {
            LocalDate start = LocalDate.of(2019 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28));
            List<String> programmes = random.nextInt(100) < 40 ? List.of("JHT", "JKK", "JKM") : List.of("JKK", "JKM");
            add(new Participant(kpj(start), c.nik(), c.fullName(), c.sex(), c.birthDate(), c.birthPlace(),
                    c.motherName(), Participant.Segment.BPU, null, null, start, null,
                    random.nextInt(100) < 80 ? LAST_PAID : LAST_PAID.minusMonths(1 + random.nextInt(5)), programmes,
                    programmes.contains("JHT") ? balance(start, AS_OF, 30_000) : 0, false, null, null));
        } else if ("PENSIUNAN".equals(job) && random.nextInt(100) < 60) {
            LocalDate start = c.birthDate().plusYears(25).withDayOfMonth(1);
            LocalDate left = c.birthDate().plusYears(56).withDayOfMonth(1).minusDays(1);
            String[] employer = employer();
            if (left.isBefore(AS_OF)) {
                add(new Participant(kpj(start), c.nik(), c.fullName(), c.sex(), c.birthDate(), c.birthPlace(),
                        c.motherName(), Participant.Segment.PU, employer[0], employer[1], start, left,
                        YearMonth.from(left), ALL, 0, true, null, null));
            }
        } else if ("BELUM/TIDAK BEKERJA".equals(job) && age >= 23 && random.nextInt(100) < 30) {
            // Laid off and never claimed: these can file a JHT claim.
            LocalDate start = AS_OF.minusYears(2 + random.nextInt(8)).withDayOfMonth(1);
            add(wageEarner(c, start, LocalDate.of(2025, 1 + random.nextInt(12), 1).plusMonths(1).minusDays(1)));
        }
    }

    private Participant wageEarner(Citizen c, LocalDate start, LocalDate left) {
        String[] employer = employer();
        LocalDate end = left == null ? AS_OF : left;
        return new Participant(kpj(start), c.nik(), c.fullName(), c.sex(), c.birthDate(), c.birthPlace(),
                c.motherName(), Participant.Segment.PU, employer[0], employer[1], start, left,
                left == null ? LAST_PAID : YearMonth.from(left), ALL, balance(start, end, 280_000), false, null, null);
    }

    /** A last day of work between March and September 2026: some are past the one-month wait. */
    private LocalDate leftRecently() {
        return LocalDate.of(2026, 3 + random.nextInt(7), 1).plusMonths(1).minusDays(1);
    }

    private String[] employer() {
        return EMPLOYERS.get(random.nextInt(EMPLOYERS.size()));
    }

    /** Contributions of the months in between, with some growth; whole rupiah, rounded to 50. */
    private long balance(LocalDate from, LocalDate to, int perMonth) {
        long months = Math.max(1, Period.between(from, to).toTotalMonths());
        long raw = months * (perMonth + random.nextInt(perMonth)) * 108 / 100;
        return raw / 50 * 50;
    }

    /** 11 digits: the two-digit year of joining, then nine drawn digits, unique. */
    private String kpj(LocalDate joined) {
        String kpj;
        do {
            kpj = String.format("%02d%09d", joined.getYear() % 100, random.nextLong(1_000_000_000L));
        } while (!kpjs.add(kpj));
        return kpj;
    }

    private void add(Participant participant) {
        kpjs.add(participant.kpj());
        seeded.add(participant);
    }
}
