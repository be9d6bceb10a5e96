package id.go.tangerangkota.mpp.hub.sandbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * LAYANAN_AKTA_KELAHIRAN (<em>invented</em>: Dukcapil publishes no partner API for it, so it
 * follows the style of CALL_NIK): registers a birth and issues the birth certificate number.
 *
 * <p>Checks, after the backend's IP and login checks: mandatory fields, then a known
 * ID_PERMOHONAN is answered with its first answer (nothing registered twice), then NIK formats,
 * reporter, mother, father, the parents' sex, the mother on the family card, and the child's data.
 */
final class BirthRegistrationService implements DukcapilService {

    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.ofPattern("ddMMuuuu");
    private static final DateTimeFormatter REGISTRATION_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final List<String> CHILD_FIELDS =
            List.of("NAMA_ANAK", "JENIS_KLMIN_ANAK", "TMPT_LHR_ANAK", "TGL_LHR_ANAK", "ANAK_KE");
    private static final int MAX_ID_LENGTH = 64;

    private final CitizenRegistry citizens;
    private final BirthRegistrations registrations;
    private final Clock clock;

    /**
     * @param clock the back office's clock, in its time zone: it dates the certificate and
     *              decides which birth dates are in the future
     */
    BirthRegistrationService(CitizenRegistry citizens, BirthRegistrations registrations, Clock clock) {
        this.citizens = citizens;
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "LAYANAN_AKTA_KELAHIRAN";
    }

    @Override
    public void observe(JsonNode body) {
        JsonNode id = body == null ? null : body.get("ID_PERMOHONAN");
        if (id != null && id.isTextual()) {
            registrations.recordCall(id.asText());
        }
    }

    @Override
    public Map<String, ?> answer(DukcapilRequest request) {
        String id = request.required("ID_PERMOHONAN");
        if (id.length() > MAX_ID_LENGTH) {
            throw new DukcapilRejection("Parameter Tidak Valid: ID_PERMOHONAN");
        }
        for (String field : List.of("ip_user", "NIK_PELAPOR", "NO_KK", "NIK_IBU")) {
            request.required(field);
        }
        // A repeat is answered before anything else is re-checked: the birth is registered, and
        // the caller must get the same certificate number it may have missed the first time.
        Optional<BirthRegistration> earlier = registrations.registration(id);
        if (earlier.isPresent()) {
            return answerFor(earlier.get());
        }

        String reporterNik = request.nik("NIK_PELAPOR");
        String familyCard = request.required("NO_KK");
        if (!DukcapilRequest.isSixteenDigits(familyCard)) {
            throw new DukcapilRejection("NO_KK Tidak Valid");
        }
        String motherNik = request.nik("NIK_IBU");
        String fatherNik = request.optional("NIK_AYAH").filter(v -> !v.isBlank()).isPresent()
                ? request.nik("NIK_AYAH")
                : null;

        citizens.byNik(reporterNik).orElseThrow(() -> new DukcapilRejection("NIK Pelapor Tidak Ditemukan"));
        Citizen mother = citizens.byNik(motherNik)
                .orElseThrow(() -> new DukcapilRejection("NIK Ibu Tidak Ditemukan"));
        Optional<Citizen> father = fatherNik == null ? Optional.empty() : Optional.of(citizens.byNik(fatherNik)
                .orElseThrow(() -> new DukcapilRejection("NIK Ayah Tidak Ditemukan")));
        // Swapped parent NIKs are a classic mapping bug; SIAK knows each parent's sex.
        if (mother.sex() != Citizen.Sex.P) {
            throw new DukcapilRejection("Jenis Kelamin Ibu Tidak Sesuai");
        }
        if (father.isPresent() && father.get().sex() != Citizen.Sex.L) {
            throw new DukcapilRejection("Jenis Kelamin Ayah Tidak Sesuai");
        }
        if (!mother.familyCardNumber().equals(familyCard)) {
            throw new DukcapilRejection("Ibu Bukan Anggota KK");
        }

        Map<String, String> child = childFields(request);
        LocalDate today = LocalDate.now(clock);
        LocalDate birthDate = birthDate(child.get("TGL_LHR_ANAK"), mother, today);
        Citizen.Sex sex = switch (child.get("JENIS_KLMIN_ANAK")) {
            case "LAKI-LAKI" -> Citizen.Sex.L;
            case "PEREMPUAN" -> Citizen.Sex.P;
            default -> throw new DukcapilRejection("Data Anak Tidak Valid: JENIS_KLMIN_ANAK");
        };
        int birthOrder = wholeNumber(child.get("ANAK_KE"), 1, 20, "ANAK_KE");
        Integer weight = optionalChildField(request, "BERAT_BAYI")
                .map(value -> wholeNumber(value, 300, 7000, "BERAT_BAYI"))
                .orElse(null);

        BirthRegistration registration = registrations.registerOnce(id, sequence -> new BirthRegistration(
                id, sequence,
                String.format("3671-LT-%s-%04d", COMPACT_DATE.format(today), sequence),
                String.format("3671%s%06d", REGISTRATION_DATE.format(today), sequence),
                today, child.get("NAMA_ANAK").strip(), sex, child.get("TMPT_LHR_ANAK").strip(), birthDate,
                birthOrder, weight, familyCard, motherNik, fatherNik, reporterNik));
        return answerFor(registration);
    }

    /** The success answer, built from the stored registration so a repeat gets the same one. */
    private static Map<String, String> answerFor(BirthRegistration registration) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("RESPON", "BERHASIL");
        answer.put("ID_PERMOHONAN", registration.idPermohonan());
        answer.put("NO_AKTA", registration.certificateNumber());
        answer.put("NO_REGISTRASI", registration.registrationNumber());
        answer.put("TGL_TERBIT", SiakRecord.DATE.format(registration.issuedOn()));
        return answer;
    }

    private static Map<String, String> childFields(DukcapilRequest request) {
        Map<String, String> child = new LinkedHashMap<>();
        for (String field : CHILD_FIELDS) {
            String value = optionalChildField(request, field)
                    .orElseThrow(() -> new DukcapilRejection("Data Anak Tidak Lengkap"));
            child.put(field, value);
        }
        return child;
    }

    /** A child field as a non-blank string; a number or object where a string belongs is invalid. */
    private static Optional<String> optionalChildField(DukcapilRequest request, String field) {
        try {
            return request.optional(field).filter(value -> !value.isBlank());
        } catch (DukcapilRejection notAString) {
            throw new DukcapilRejection("Data Anak Tidak Valid: " + field);
        }
    }

    private static LocalDate birthDate(String sent, Citizen mother, LocalDate today) {
        try {
            LocalDate date = LocalDate.parse(sent.strip(), STRICT_DATE);
            if (!date.isAfter(today) && date.isAfter(mother.birthDate())) {
                return date;
            }
        } catch (DateTimeParseException unparseable) {
            // answered below, like a date in the future
        }
        throw new DukcapilRejection("Tanggal Lahir Anak Tidak Valid");
    }

    private static int wholeNumber(String sent, int min, int max, String field) {
        String digits = sent.strip();
        if (digits.matches("\\d{1,5}")) {
            int value = Integer.parseInt(digits);
            if (value >= min && value <= max) {
                return value;
            }
        }
        throw new DukcapilRejection("Data Anak Tidak Valid: " + field);
    }
}
