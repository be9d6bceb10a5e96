package id.go.tangerangkota.mpp.hub.sandbox;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen.Address;
import id.go.tangerangkota.mpp.hub.sandbox.Citizen.Sex;

/**
 * Generates the sandbox's population: families on family cards, spread over the 13 kecamatan,
 * from a fixed seed so every run sees the same people.
 *
 * <p>Ages, schooling and e-KTP status are worked out as of {@link #AS_OF}, not today, so the seed
 * does not change with the calendar. Births stop at {@link #LAST_BIRTH}; with birth years from
 * 1945 the NIK's two-digit year is never ambiguous for {@code NikRules.birthDate} before 2045.
 *
 * <p>Serials are handed out from 0001 per NIK prefix and never reach 9000: serials 9000-9999 are
 * reserved so tests can name a NIK that is valid but certainly unknown.
 */
final class CitizenGenerator {

    /** The seed of the population; change it and every generated citizen changes. */
    static final long SEED = 3_671_2026L;
    /** The date the seed's ages refer to. */
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    /** The last birth date given to anyone. */
    static final LocalDate LAST_BIRTH = LocalDate.of(2024, 12, 31);
    /** The first serial that is never issued. */
    static final int FIRST_RESERVED_SERIAL = 9000;
    /** Families are added until at least this many citizens were generated. */
    static final int MIN_GENERATED = 540;

    private static final String CITY = "3671";
    private static final LocalDate FIRST_FAMILY_CARD = LocalDate.of(2005, 1, 1);
    private static final List<String> STREETS = List.of("MAWAR", "MELATI", "KENANGA", "ANGGREK",
            "DAHLIA", "FLAMBOYAN", "CEMPAKA", "MERPATI", "RAJAWALI", "KUTILANG", "CENDRAWASIH", "NURI",
            "PERKUTUT", "BERINGIN", "BUNGUR", "JATI", "MAHONI", "DELIMA", "MANGGA", "RAMBUTAN", "SAWO",
            "PALEM", "KASUARI", "KENARI", "SERUNI", "TERATAI", "KAMBOJA");
    private static final List<String> STREET_SUFFIXES = List.of("", "", "", " RAYA", " II", " III", " IV");
    private static final List<String> ALLEYS = List.of("MASJID", "MUSHOLLA", "SAWO", "KELAPA", "DAMAI",
            "MANGGIS", "ASEM", "H. ABAS", "SEKOLAH");
    private static final List<String> ESTATES = List.of("TAMAN ASRI", "BUMI INDAH", "GRIYA PERMAI",
            "PURI KENCANA", "TAMAN HARAPAN", "BUMI PERMATA", "GRIYA SEJAHTERA");
    private static final Set<String> PENSIONABLE = Set.of("PEGAWAI NEGERI SIPIL (PNS)", "GURU",
            "KARYAWAN BUMN", "TENTARA NASIONAL INDONESIA (TNI)", "KEPOLISIAN RI (POLRI)",
            "KARYAWAN SWASTA", "DOKTER", "PERAWAT");
    private static final Set<String> HIGHER_EDUCATION = Set.of("DIPLOMA I/II",
            "AKADEMI/DIPLOMA III/S. MUDA", "DIPLOMA IV/STRATA I", "STRATA II");

    private final SeedRandom random = new SeedRandom(SEED);
    private final Set<String> usedNiks = new HashSet<>();
    private final Set<String> usedFamilyCards = new HashSet<>();
    private final Set<String> reservedNames = new HashSet<>();
    private final List<Citizen> generated = new ArrayList<>();

    private CitizenGenerator(Collection<Citizen> fixed) {
        // The fixed citizens keep their NIKs, cards and names to themselves.
        for (Citizen citizen : fixed) {
            usedNiks.add(citizen.nik());
            usedFamilyCards.add(citizen.familyCardNumber());
            reservedNames.add(citizen.fullName());
        }
    }

    /**
     * Generates the population around the fixed citizens.
     *
     * @param fixed hand-written citizens whose NIKs, family cards and names must not be reused
     * @return at least {@link #MIN_GENERATED} citizens, family by family, head first
     */
    static List<Citizen> generate(Collection<Citizen> fixed) {
        CitizenGenerator generator = new CitizenGenerator(fixed);
        int family = 0;
        while (generator.generated.size() < MIN_GENERATED) {
            // Round robin over the kecamatan so every one of them has residents.
            generator.family(Kecamatan.values()[family % Kecamatan.values().length]);
            family++;
        }
        return List.copyOf(generator.generated);
    }

    /** One family card: its members are drafted first because the card's date follows them. */
    private void family(Kecamatan kecamatan) {
        IndonesianNames group = IndonesianNames.valueOf(
                random.weighted("SUNDA", 30, "JAWA", 35, "BETAWI", 20, "TIONGHOA", 15));
        String religion = religion(group);
        List<Draft> members = new ArrayList<>();
        switch (random.weighted("COUPLE", 70, "WIFE_HEADED", 4, "SINGLE_PARENT", 14, "SINGLE", 12)) {
            case "COUPLE" -> couple(group, religion, members, false);
            case "WIFE_HEADED" -> couple(group, religion, members, true);
            case "SINGLE_PARENT" -> singleParent(group, religion, members);
            default -> single(group, religion, members);
        }
        Address address = address(kecamatan);
        LocalDate youngest = members.stream().map(d -> d.birthDate).max(LocalDate::compareTo).orElseThrow();
        String familyCard = familyCardNumber(kecamatan,
                random.date(youngest.isAfter(FIRST_FAMILY_CARD) ? youngest : FIRST_FAMILY_CARD, LAST_BIRTH));
        for (Draft d : members) {
            generated.add(new Citizen(nik(kecamatan, d.sex, d.birthDate), familyCard, d.fullName, d.sex,
                    d.birthPlace, d.birthDate, religion, d.maritalStatus, d.familyRelation, bloodType(),
                    d.education, d.occupation, d.motherName, address, ektpStatus(d.birthDate, d.maritalStatus)));
        }
    }

    private void couple(IndonesianNames group, String religion, List<Draft> members, boolean wifeHeaded) {
        LocalDate husbandBirth = random.date(LocalDate.of(1950, 1, 1), LocalDate.of(1997, 12, 31));
        LocalDate wifeBirth = husbandBirth.plusDays(random.between(-3 * 365, 9 * 365));
        LocalDate latestWifeBirth = LocalDate.of(1999, 12, 31);
        if (wifeBirth.isAfter(latestWifeBirth)) {
            wifeBirth = latestWifeBirth.minusDays(random.between(0, 700));
        }
        IndonesianNames wifeGroup = random.chance(80) ? group : random.one(List.of(IndonesianNames.values()));
        Draft husband = adult(group, Sex.L, husbandBirth, "KAWIN", wifeHeaded ? "SUAMI" : "KEPALA KELUARGA");
        Draft wife = adult(wifeGroup, Sex.P, wifeBirth, "KAWIN", wifeHeaded ? "KEPALA KELUARGA" : "ISTRI");
        members.add(wifeHeaded ? wife : husband);
        members.add(wifeHeaded ? husband : wife);
        int count = Integer.parseInt(random.weighted("0", 12, "1", 25, "2", 33, "3", 20, "4", 10));
        children(group, religion, husband.fullName, wife.fullName, wifeBirth, count, members);
    }

    private void singleParent(IndonesianNames group, String religion, List<Draft> members) {
        Sex sex = random.chance(60) ? Sex.P : Sex.L;
        LocalDate birth = random.date(LocalDate.of(1955, 1, 1), LocalDate.of(1995, 12, 31));
        Draft head = adult(group, sex, birth, random.chance(60) ? "CERAI HIDUP" : "CERAI MATI", "KEPALA KELUARGA");
        members.add(head);
        // The other parent is not on this card, but the children's mother's name is always known.
        String mother = sex == Sex.P ? head.fullName : femaleName(group);
        String father = sex == Sex.L ? head.fullName : maleName(group);
        children(group, religion, father, mother, birth, random.between(1, 3), members);
    }

    private void single(IndonesianNames group, String religion, List<Draft> members) {
        LocalDate birth = random.date(LocalDate.of(1945, 1, 1), LocalDate.of(2001, 12, 31));
        // The older ones living alone are widowed; the younger ones not yet married.
        String status = birth.getYear() < 1965 ? "CERAI MATI" : "BELUM KAWIN";
        members.add(adult(group, random.chance(50) ? Sex.P : Sex.L, birth, status, "KEPALA KELUARGA"));
    }

    private void children(IndonesianNames group, String religion, String father, String mother,
            LocalDate motherBirth, int count, List<Draft> members) {
        // Mothers are 21-32 at their first child and children come 1.5 to 6 years apart, so
        // every child is born well after both parents.
        LocalDate next = motherBirth.plusYears(random.between(21, 32)).plusDays(random.between(0, 364));
        for (int i = 0; i < count && !next.isAfter(LAST_BIRTH); i++) {
            members.add(child(group, father, mother, next));
            next = next.plusDays(random.between(548, 2190));
        }
    }

    private Draft child(IndonesianNames group, String father, String mother, LocalDate birth) {
        Draft d = new Draft();
        d.sex = random.chance(50) ? Sex.P : Sex.L;
        d.birthDate = birth;
        d.fullName = childName(group, d.sex, birth, father);
        d.birthPlace = random.chance(85) ? "TANGERANG" : "JAKARTA";
        d.maritalStatus = "BELUM KAWIN";
        d.familyRelation = "ANAK";
        d.motherName = mother;
        int age = age(birth);
        if (age < 5) {
            d.education = "TIDAK/BELUM SEKOLAH";
            d.occupation = "BELUM/TIDAK BEKERJA";
        } else if (age <= 22) {
            d.education = age <= 12 ? "BELUM TAMAT SD/SEDERAJAT"
                    : age <= 15 ? "TAMAT SD/SEDERAJAT"
                    : age <= 18 ? "SLTP/SEDERAJAT"
                    : "SLTA/SEDERAJAT";
            d.occupation = "PELAJAR/MAHASISWA";
        } else {
            d.education = random.weighted("SLTA/SEDERAJAT", 50, "AKADEMI/DIPLOMA III/S. MUDA", 15,
                    "DIPLOMA IV/STRATA I", 35);
            d.occupation = random.weighted("KARYAWAN SWASTA", 55, "WIRASWASTA", 15,
                    "BELUM/TIDAK BEKERJA", 20, "PEDAGANG", 10);
        }
        return d;
    }

    private Draft adult(IndonesianNames group, Sex sex, LocalDate birth, String maritalStatus, String relation) {
        Draft d = new Draft();
        d.sex = sex;
        d.birthDate = birth;
        d.fullName = sex == Sex.L ? maleName(group) : femaleName(group);
        d.birthPlace = random.one(group.birthPlaces());
        d.maritalStatus = maritalStatus;
        d.familyRelation = relation;
        d.motherName = mothersName(group);
        d.education = birth.getYear() < 1965
                ? random.weighted("TAMAT SD/SEDERAJAT", 30, "SLTP/SEDERAJAT", 25, "SLTA/SEDERAJAT", 30,
                        "AKADEMI/DIPLOMA III/S. MUDA", 5, "DIPLOMA IV/STRATA I", 10)
                : random.weighted("TAMAT SD/SEDERAJAT", 8, "SLTP/SEDERAJAT", 14, "SLTA/SEDERAJAT", 45,
                        "DIPLOMA I/II", 3, "AKADEMI/DIPLOMA III/S. MUDA", 8, "DIPLOMA IV/STRATA I", 19,
                        "STRATA II", 3);
        d.occupation = occupation(sex, birth, d.education, !"BELUM KAWIN".equals(maritalStatus));
        return d;
    }

    private String occupation(Sex sex, LocalDate birth, String education, boolean married) {
        boolean higher = HIGHER_EDUCATION.contains(education);
        String job;
        if (sex == Sex.P && married && random.chance(45)) {
            job = "MENGURUS RUMAH TANGGA";
        } else if (higher) {
            job = random.weighted("KARYAWAN SWASTA", 35, "WIRASWASTA", 12, "PEGAWAI NEGERI SIPIL (PNS)", 12,
                    "GURU", 10, "KARYAWAN BUMN", 8, "PERAWAT", sex == Sex.P ? 8 : 2, "DOKTER", 3,
                    "TENTARA NASIONAL INDONESIA (TNI)", sex == Sex.L ? 2 : 1, "KEPOLISIAN RI (POLRI)", 2,
                    "PEDAGANG", 6);
        } else {
            job = random.weighted("KARYAWAN SWASTA", 30, "WIRASWASTA", 18, "BURUH HARIAN LEPAS", 15,
                    "PEDAGANG", 15, "SOPIR", sex == Sex.L ? 10 : 1, "BELUM/TIDAK BEKERJA", 8,
                    "TENTARA NASIONAL INDONESIA (TNI)", 1, "KEPOLISIAN RI (POLRI)", 1);
        }
        return age(birth) >= 60 && PENSIONABLE.contains(job) ? "PENSIUNAN" : job;
    }

    private String maleName(IndonesianNames group) {
        return unreserved(() -> random.one(group.maleFirst()) + " " + random.one(group.maleSecond()));
    }

    private String femaleName(IndonesianNames group) {
        return unreserved(() -> random.one(group.femaleFirst()) + " " + random.one(group.femaleSecond()));
    }

    /** Mothers of today's adults often have a single name, as older family cards show. */
    private String mothersName(IndonesianNames group) {
        return group != IndonesianNames.TIONGHOA && random.chance(40)
                ? random.one(group.femaleSecond())
                : femaleName(group);
    }

    private String childName(IndonesianNames group, Sex sex, LocalDate birth, String father) {
        return unreserved(() -> {
            boolean young = birth.getYear() >= 2000;
            String first = random.one(sex == Sex.L
                    ? (young ? IndonesianNames.YOUNG_MALE_FIRST : group.maleFirst())
                    : (young ? IndonesianNames.YOUNG_FEMALE_FIRST : group.femaleFirst()));
            if (group.passesFamilyName()) {
                return first + " " + father.substring(father.lastIndexOf(' ') + 1);
            }
            String second = random.one(sex == Sex.L
                    ? (young ? IndonesianNames.YOUNG_MALE_SECOND : group.maleSecond())
                    : (young ? IndonesianNames.YOUNG_FEMALE_SECOND : group.femaleSecond()));
            String prefix = sex == Sex.L && random.chance(15) ? "MUHAMMAD " : "";
            return prefix + first + " " + second;
        });
    }

    /** Redraws a name until it is not one of the hand-written citizens' names. */
    private String unreserved(java.util.function.Supplier<String> draw) {
        String name = draw.get();
        while (reservedNames.contains(name)) {
            name = draw.get();
        }
        return name;
    }

    private String religion(IndonesianNames group) {
        return group == IndonesianNames.TIONGHOA
                ? random.weighted("BUDHA", 35, "KRISTEN", 35, "KATHOLIK", 20, "KONGHUCU", 10)
                : random.weighted("ISLAM", 95, "KRISTEN", 3, "KATHOLIK", 2);
    }

    private String bloodType() {
        return random.weighted("O", 35, "B", 28, "A", 25, "AB", 7, "TIDAK TAHU", 5);
    }

    /** Children under 17 have no e-KTP yet (they hold a KIA), unless married. */
    private String ektpStatus(LocalDate birth, String maritalStatus) {
        if (age(birth) < 17 && "BELUM KAWIN".equals(maritalStatus)) {
            return "BELUM REKAM";
        }
        return random.weighted("CARD PRINTED", 90, "PRINT READY RECORD", 7, "BELUM REKAM", 3);
    }

    private Address address(Kecamatan kecamatan) {
        int number = random.between(1, 120);
        String street = switch (random.weighted("JALAN", 60, "GANG", 25, "PERUM", 15)) {
            case "JALAN" -> "JL. " + random.one(STREETS) + random.one(STREET_SUFFIXES) + " NO. " + number;
            case "GANG" -> "GG. " + random.one(ALLEYS) + " NO. " + number;
            default -> "PERUM " + random.one(ESTATES) + " BLOK " + (char) ('A' + random.between(0, 7))
                    + random.between(1, 9) + " NO. " + number;
        };
        return new Address(street, String.format("%03d", random.between(1, 15)),
                String.format("%03d", random.between(1, 12)), kecamatan, random.one(kecamatan.kelurahan()));
    }

    /** PP KK CC DDMMYY NNNN, women's day + 40, the next free serial for that prefix. */
    private String nik(Kecamatan kecamatan, Sex sex, LocalDate birth) {
        int day = birth.getDayOfMonth() + (sex == Sex.P ? 40 : 0);
        String prefix = CITY + kecamatan.code()
                + String.format("%02d%02d%02d", day, birth.getMonthValue(), birth.getYear() % 100);
        return nextFree(prefix, usedNiks);
    }

    /** 3671 CC DDMMYY NNNN with the card's issue date. */
    private String familyCardNumber(Kecamatan kecamatan, LocalDate issued) {
        String prefix = CITY + kecamatan.code() + String.format("%02d%02d%02d",
                issued.getDayOfMonth(), issued.getMonthValue(), issued.getYear() % 100);
        return nextFree(prefix, usedFamilyCards);
    }

    private static String nextFree(String prefix, Set<String> used) {
        for (int serial = 1; serial < FIRST_RESERVED_SERIAL; serial++) {
            String candidate = prefix + String.format("%04d", serial);
            if (used.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free serial left for " + prefix);
    }

    private static int age(LocalDate birth) {
        return Period.between(birth, AS_OF).getYears();
    }

    /** A family member before the family card (and so the NIK order) is settled. */
    private static final class Draft {
        Sex sex;
        LocalDate birthDate;
        String fullName;
        String birthPlace;
        String maritalStatus;
        String familyRelation;
        String motherName;
        String education;
        String occupation;
    }
}
