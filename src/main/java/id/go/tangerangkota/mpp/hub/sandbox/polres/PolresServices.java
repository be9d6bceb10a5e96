package id.go.tangerangkota.mpp.hub.sandbox.polres;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;
import id.go.tangerangkota.mpp.hub.sandbox.polres.SimRegister.Sim;
import id.go.tangerangkota.mpp.hub.sandbox.polres.SkckRegister.Skck;

/**
 * The three Polres services: {@code /skck/permohonan} (a new SKCK, Sat Intelkam),
 * {@code /skck/perpanjangan} (an SKCK renewal) and {@code /sim/perpanjangan} (a SIM A or C
 * renewal, Satlantas). Each checks its fields, then what the office would check against its own
 * registers and the population data it reads from Dukcapil, and answers with the registration and
 * the day the citizen comes for fingerprints and photo. Applications are deduplicated on
 * {@code nomorReferensiMpp}: a known reference gets its first answer back and registers nothing new.
 */
final class PolresServices {

    static final String SKCK = "/skck/permohonan";
    static final String SKCK_RENEWAL = "/skck/perpanjangan";
    static final String SIM_RENEWAL = "/sim/perpanjangan";
    static final Set<String> PATHS = Set.of(SKCK, SKCK_RENEWAL, SIM_RENEWAL);
    /** PNBP (PP 76/2020): SKCK Rp30.000, SIM A renewal Rp80.000, SIM C renewal Rp75.000. */
    static final long SKCK_FEE = 30_000L;
    static final long SIM_A_FEE = 80_000L;
    static final long SIM_C_FEE = 75_000L;
    /** Days the Polres service units are closed besides weekends (as the connector's hours say). */
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));
    static final String SKCK_UNIT = "Unit Pelayanan SKCK Sat Intelkam Polres Metro Tangerang Kota";
    static final String SIM_UNIT = "Satpas SIM Sat Lantas Polres Metro Tangerang Kota";

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final Pattern SKCK_NUMBER = Pattern.compile("SKCK/YANMAS/[0-9]{1,6}/[IVX]{1,4}/[0-9]{4}/INTELKAM");
    private static final Pattern SIM_NUMBER = Pattern.compile("[0-9]{12}([0-9]{2})?");
    private static final Pattern CERTIFICATE = Pattern.compile("[A-Z0-9./-]{5,40}");
    private static final Pattern PHONE = Pattern.compile("08[0-9]{8,11}");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z][0-9A-Z]{6,8}");
    private static final Set<String> PURPOSES = Set.of("MELAMAR_PEKERJAAN", "PENDAFTARAN_CPNS_TNI_POLRI",
            "PENDIDIKAN", "VISA_LUAR_NEGERI", "IZIN_USAHA", "PENCALONAN_PEJABAT_PUBLIK", "LAINNYA");
    private static final Set<String> RELIGIONS = Set.of("ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA",
            "KONGHUCU", "KEPERCAYAAN");
    private static final Set<String> MARITAL = Set.of("BELUM KAWIN", "KAWIN", "CERAI HIDUP", "CERAI MATI");
    private static final Set<String> EDUCATION = Set.of("SD", "SMP", "SMA", "SMK", "D3", "D4", "S1", "S2", "S3");
    private static final Set<String> BLOOD_TYPES = Set.of("A", "B", "AB", "O");

    private final SkckRegister skcks;
    private final SimRegister sims;
    private final PolresApplications applications;
    private final CitizenRegistry citizens;
    private final Clock clock;

    PolresServices(SkckRegister skcks, SimRegister sims, PolresApplications applications, CitizenRegistry citizens,
            Clock clock) {
        this.skcks = skcks;
        this.sims = sims;
        this.applications = applications;
        this.citizens = citizens;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    Map<String, Object> answer(String path, JsonNode body) {
        return switch (path) {
            case SKCK -> once(body, "SKCK_BARU", () -> newSkck(body));
            case SKCK_RENEWAL -> once(body, "SKCK_PERPANJANGAN", () -> renewSkck(body));
            default -> once(body, "SIM_PERPANJANGAN", () -> renewSim(body));
        };
    }

    /** The first answer for a known nomorReferensiMpp, or the work done once and remembered. */
    private Map<String, Object> once(JsonNode body, String kind, Supplier<Map<String, Object>> work) {
        String reference = text(body, "nomorReferensiMpp");
        if (!REFERENCE.matcher(reference).matches()) {
            throw PolresRejection.invalid("nomorReferensiMpp");
        }
        applications.recordCall(reference);
        // One lock from look-up to registration: two deliveries of one application cannot both register.
        synchronized (applications) {
            Optional<PolresApplications.Registered> earlier = applications.earlier(reference);
            if (earlier.isPresent()) {
                if (!earlier.get().kind().equals(kind)) {
                    throw new PolresRejection(409, "U-19", "nomorReferensiMpp sudah dipakai untuk permohonan lain");
                }
                return new LinkedHashMap<>(earlier.get().answer());
            }
            Map<String, Object> answer = work.get();
            applications.remember(reference, kind, answer);
            return answer;
        }
    }

    private Map<String, Object> newSkck(JsonNode body) {
        String reference = text(body, "nomorReferensiMpp");
        String nik = digits(body, "nik", 16);
        String purpose = purpose(body);
        String category = oneOf(body, "jenisKeperluan", PURPOSES);
        String card = digits(body, "noKartuJkn", 13);
        oneOf(body, "dataPribadi.agama", RELIGIONS);
        oneOf(body, "dataPribadi.statusPerkawinan", MARITAL);
        text(body, "dataPribadi.pekerjaan");
        matching(body, "dataPribadi.noTelepon", PHONE);
        Optional<String> passport = optional(body, "dataPribadi.noPaspor", PASSPORT);
        text(body, "dataKeluarga.namaAyah");
        String mother = text(body, "dataKeluarga.namaIbu");
        oneOf(body, "pendidikan.jenjang", EDUCATION);
        text(body, "pendidikan.namaInstitusi");
        number(body, "pendidikan.tahunLulus");
        boolean convicted = bool(body, "riwayatPidana.pernahTersangkut");
        JsonNode details = field(body, "riwayatPidana.keterangan");

        Citizen citizen = citizen(nik);
        LocalDate today = LocalDate.now(clock);
        if (citizen.birthDate().plusYears(17).isAfter(today) && "BELUM KAWIN".equals(citizen.maritalStatus())) {
            throw PolresRejection.skck("02", "Pemohon belum berusia 17 tahun dan belum menikah; SKCK belum dapat diterbitkan");
        }
        if (!sameName(mother, citizen.motherName())) {
            throw PolresRejection.skck("06", "Nama ibu kandung tidak sesuai dengan data kependudukan");
        }
        if ("VISA_LUAR_NEGERI".equals(category) && passport.isEmpty()) {
            throw PolresRejection.skck("03", "Nomor paspor wajib diisi untuk keperluan visa atau ke luar negeri");
        }
        if (convicted && (details == null || !details.isTextual() || details.asText().isBlank())) {
            throw PolresRejection.skck("04",
                    "Keterangan perkara wajib diisi bagi pemohon yang pernah tersangkut perkara pidana");
        }
        checkCard(nik, card);
        LocalDate attend = nextWorkingDay(today);
        Skck skck = skcks.issue(nik, purpose, card, attend);
        Map<String, Object> permohonan = new LinkedHashMap<>();
        permohonan.put("nomorReferensiMpp", reference);
        permohonan.put("nomorPermohonan", registration("SKCK", today));
        permohonan.put("jenisLayanan", "SKCK_BARU");
        permohonan.put("nomorSkck", skck.number());
        permohonan.put("tanggalTerbit", skck.issuedOn().toString());
        permohonan.put("berlakuSampai", skck.validUntil().toString());
        permohonan.put("biayaPnbp", SKCK_FEE);
        permohonan.put("statusPermohonan", "MENUNGGU_PEREKAMAN_SIDIK_JARI");
        permohonan.put("jadwalKehadiran", attend.toString());
        permohonan.put("tempatKehadiran", SKCK_UNIT);
        return success("Permohonan SKCK diterima", permohonan);
    }

    private Map<String, Object> renewSkck(JsonNode body) {
        String reference = text(body, "nomorReferensiMpp");
        String nik = digits(body, "nik", 16);
        String old = matching(body, "nomorSkckLama", SKCK_NUMBER);
        String purpose = purpose(body);
        String card = digits(body, "noKartuJkn", 13);
        optional(body, "noTelepon", PHONE);

        citizen(nik);
        LocalDate today = LocalDate.now(clock);
        Skck previous = skcks.byNumber(old).orElseThrow(() ->
                PolresRejection.skck("11", "Nomor SKCK lama tidak terdaftar di Polres Metro Tangerang Kota"));
        if (!previous.nik().equals(nik)) {
            throw PolresRejection.skck("12", "SKCK lama terdaftar atas nama pemohon lain");
        }
        if (previous.renewedBy() != null) {
            throw PolresRejection.skck("14", "SKCK lama sudah diperpanjang dengan nomor " + previous.renewedBy());
        }
        if (previous.validUntil().plusYears(1).isBefore(today)) {
            throw PolresRejection.skck("13", "Masa berlaku SKCK lama habis sejak "
                    + DAY_MONTH_YEAR.format(previous.validUntil())
                    + ", lebih dari 1 tahun; ajukan penerbitan SKCK baru");
        }
        checkCard(nik, card);
        LocalDate attend = nextWorkingDay(today);
        Skck renewed = skcks.issue(nik, purpose, card, attend);
        skcks.markRenewed(old, renewed.number());
        Map<String, Object> permohonan = new LinkedHashMap<>();
        permohonan.put("nomorReferensiMpp", reference);
        permohonan.put("nomorPermohonan", registration("SKCK", today));
        permohonan.put("jenisLayanan", "PERPANJANGAN_SKCK");
        permohonan.put("nomorSkckLama", old);
        permohonan.put("nomorSkck", renewed.number());
        permohonan.put("tanggalTerbit", renewed.issuedOn().toString());
        permohonan.put("berlakuSampai", renewed.validUntil().toString());
        permohonan.put("biayaPnbp", SKCK_FEE);
        permohonan.put("statusPermohonan", "MENUNGGU_PENGAMBILAN");
        permohonan.put("jadwalKehadiran", attend.toString());
        permohonan.put("tempatKehadiran", SKCK_UNIT);
        return success("Permohonan perpanjangan SKCK diterima", permohonan);
    }

    private Map<String, Object> renewSim(JsonNode body) {
        String reference = text(body, "nomorReferensiMpp");
        String nik = digits(body, "nik", 16);
        String simClass = oneOf(body, "golonganSim", Set.of("A", "C"));
        String number = matching(body, "nomorSim", SIM_NUMBER);
        LocalDate expiry = date(body, "berlakuSampai");
        matching(body, "nomorSuratKeteranganSehat", CERTIFICATE);
        matching(body, "nomorSertifikatPsikologi", CERTIFICATE);
        optional(body, "golonganDarah", null).ifPresent(b -> {
            if (!BLOOD_TYPES.contains(b)) {
                throw PolresRejection.invalid("golonganDarah");
            }
        });
        optional(body, "noTelepon", PHONE);

        LocalDate today = LocalDate.now(clock);
        Sim sim = sims.byNumber(number).orElseThrow(() ->
                PolresRejection.sim("01", "Nomor SIM tidak terdaftar pada data Satlantas"));
        if (!sim.nik().equals(nik)) {
            throw PolresRejection.sim("02", "SIM terdaftar atas nama pemegang lain");
        }
        if (!sim.simClass().equals(simClass)) {
            throw PolresRejection.sim("03", "Golongan SIM tidak sesuai: nomor ini terdaftar sebagai SIM " + sim.simClass());
        }
        if (sim.validUntil().isBefore(today)) {
            throw PolresRejection.sim("04", "SIM sudah habis masa berlakunya sejak "
                    + DAY_MONTH_YEAR.format(sim.validUntil())
                    + "; perpanjangan tidak dapat dilakukan, ajukan penerbitan SIM baru");
        }
        if (!sim.validUntil().equals(expiry)) {
            throw PolresRejection.sim("05", "Masa berlaku SIM tidak sesuai dengan data Satlantas");
        }
        if (sim.renewalNumber() != null) {
            throw PolresRejection.sim("06", "Perpanjangan SIM ini sudah diajukan dengan nomor " + sim.renewalNumber());
        }
        LocalDate attend = nextWorkingDay(today);
        String application = registration("PSIM", today);
        sims.renewalRegistered(number, application);
        Map<String, Object> permohonan = new LinkedHashMap<>();
        permohonan.put("nomorReferensiMpp", reference);
        permohonan.put("nomorPermohonan", application);
        permohonan.put("jenisLayanan", "PERPANJANGAN_SIM");
        permohonan.put("golonganSim", simClass);
        permohonan.put("nomorSim", number);
        permohonan.put("berlakuSebelumnya", sim.validUntil().toString());
        permohonan.put("tanggalTerbit", attend.toString());
        permohonan.put("berlakuSampai", attend.plusYears(SimRegister.VALID_YEARS).toString());
        permohonan.put("biayaPnbp", "A".equals(simClass) ? SIM_A_FEE : SIM_C_FEE);
        permohonan.put("statusPermohonan", "MENUNGGU_FOTO_DAN_SIDIK_JARI");
        permohonan.put("jadwalKehadiran", attend.toString());
        permohonan.put("tempatKehadiran", SIM_UNIT);
        return success("Permohonan perpanjangan SIM diterima", permohonan);
    }

    /**
     * The card the applicant presents must be the one Polres recorded for them at an earlier SKCK,
     * and must not be one recorded for someone else. Polres holds no other JKN data: whether the card
     * is active is the hub's BPJS Kesehatan check before the application is accepted.
     */
    private void checkCard(String nik, String card) {
        Optional<String> recorded = skcks.cardOf(nik);
        if (recorded.isPresent() && !recorded.get().equals(card)) {
            throw PolresRejection.skck("05",
                    "Nomor kartu BPJS Kesehatan tidak sesuai dengan kartu yang tercatat untuk pemohon");
        }
        Optional<String> holder = skcks.holderOfCard(card);
        if (holder.isPresent() && !holder.get().equals(nik)) {
            throw PolresRejection.skck("05", "Nomor kartu BPJS Kesehatan tercatat atas nama pemohon lain");
        }
    }

    private Citizen citizen(String nik) {
        return citizens.byNik(nik).orElseThrow(() ->
                PolresRejection.skck("01", "NIK tidak ditemukan pada data kependudukan"));
    }

    private String registration(String prefix, LocalDate today) {
        return String.format("%s-MPP-%s-%05d", prefix, COMPACT.format(today), applications.nextSequence());
    }

    private Map<String, Object> success(String uraian, Map<String, Object> permohonan) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("respon", PolresHandler.respon("000", uraian, clock));
        answer.put("permohonan", permohonan);
        return answer;
    }

    /** The next day the service units work: weekdays that are not holidays. */
    static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || HOLIDAYS.contains(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static boolean sameName(String given, String registered) {
        return normalise(given).equals(normalise(registered));
    }

    private static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static String purpose(JsonNode body) {
        String purpose = text(body, "keperluan");
        if (purpose.length() < 5 || purpose.length() > 200) {
            throw PolresRejection.invalid("keperluan");
        }
        return purpose;
    }

    /** The node at a dotted path; null when it or an enclosing object is absent or null. */
    private static JsonNode field(JsonNode body, String path) {
        JsonNode node = body;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            node = node.get(parts[i]);
            if (node == null || node.isNull()) {
                return null;
            }
            if (i < parts.length - 1 && !node.isObject()) {
                throw PolresRejection.invalid(String.join(".", java.util.Arrays.copyOf(parts, i + 1)));
            }
        }
        return node;
    }

    private static String text(JsonNode body, String path) {
        JsonNode value = field(body, path);
        if (value == null || (value.isTextual() && value.asText().isBlank())) {
            throw PolresRejection.incomplete(path);
        }
        if (!value.isTextual()) {
            throw PolresRejection.invalid(path);
        }
        return value.asText();
    }

    private static String matching(JsonNode body, String path, Pattern pattern) {
        String value = text(body, path);
        if (!pattern.matcher(value).matches()) {
            throw PolresRejection.invalid(path);
        }
        return value;
    }

    private static Optional<String> optional(JsonNode body, String path, Pattern pattern) {
        JsonNode value = field(body, path);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual() || (pattern != null && !pattern.matcher(value.asText()).matches())) {
            throw PolresRejection.invalid(path);
        }
        return Optional.of(value.asText());
    }

    private static String digits(JsonNode body, String path, int length) {
        return matching(body, path, Pattern.compile("[0-9]{" + length + "}"));
    }

    private static String oneOf(JsonNode body, String path, Set<String> allowed) {
        String value = text(body, path);
        if (!allowed.contains(value)) {
            throw PolresRejection.invalid(path);
        }
        return value;
    }

    private static long number(JsonNode body, String path) {
        JsonNode value = field(body, path);
        if (value == null) {
            throw PolresRejection.incomplete(path);
        }
        if (!value.isIntegralNumber()) {
            throw PolresRejection.invalid(path);
        }
        return value.asLong();
    }

    private static boolean bool(JsonNode body, String path) {
        JsonNode value = field(body, path);
        if (value == null) {
            throw PolresRejection.incomplete(path);
        }
        if (!value.isBoolean()) {
            throw PolresRejection.invalid(path);
        }
        return value.asBoolean();
    }

    private static LocalDate date(JsonNode body, String path) {
        String value = text(body, path);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw PolresRejection.invalid(path);
        }
    }
}
