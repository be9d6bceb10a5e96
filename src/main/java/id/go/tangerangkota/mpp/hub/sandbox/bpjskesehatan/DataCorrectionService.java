package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.Citizen.Sex;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;

/**
 * {@code POST /Kepesertaan/perbaikanData} (<em>invented</em>: VClaim has no such service):
 * corrects the identity data on a card. The branch office accepts only values that match
 * Dukcapil's (SIAK) record of the applicant's NIK, as BPJS Kesehatan validates against Dukcapil.
 *
 * <p>Checks, in order: mandatory fields, a known noRefMitra answered with its first answer, formats,
 * the card exists (201), the card is the applicant's (its NIK, or the NIK being corrected to the
 * applicant's) (202), the applicant is in SIAK (202), every corrected value equals SIAK's (202), a new
 * NIK is on no other card (202). Then the card is corrected at once.
 */
final class DataCorrectionService {

    static final String TYPE = "PERBAIKAN DATA PESERTA";

    private static final Set<String> FIELDS = Set.of("nama", "tglLahir", "sex", "nmIbuKandung", "nik");
    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final Participants participants;
    private final CitizenRegistry citizens;
    private final MembershipApplications applications;
    private final Clock clock;

    DataCorrectionService(Participants participants, CitizenRegistry citizens, MembershipApplications applications,
            Clock clock) {
        this.participants = participants;
        this.citizens = citizens;
        this.applications = applications;
        this.clock = clock;
    }

    /** The values to correct, as sent; null where unchanged. */
    private record Correction(String nama, LocalDate tglLahir, Sex sex, String nmIbuKandung, String nik) {
    }

    Map<String, Object> answer(ApplicationRequest request) {
        String reference = request.reference();
        request.required("noKartu");
        request.required("nik");
        JsonNode perbaikan = request.object("perbaikan");
        Optional<MembershipApplication> earlier = applications.application(reference);
        if (earlier.isPresent()) {
            return earlier.get().answer();
        }
        String noKartu = request.digits("noKartu", 13);
        String nik = request.digits("nik", 16);
        Correction correction = correction(perbaikan);

        Participant card = participants.byCard(noKartu)
                .orElseThrow(() -> VclaimRejection.notFound("Nomor Kartu Tidak Terdaftar"));
        boolean ownCard = card.nik().equals(nik) || nik.equals(correction.nik());
        if (!ownCard) {
            throw VclaimRejection.refused("Nomor kartu bukan milik NIK pemohon");
        }
        Citizen siak = citizens.byNik(nik)
                .orElseThrow(() -> VclaimRejection.refused("NIK pemohon tidak terdaftar di Dukcapil"));
        checkAgainstSiak(correction, siak);
        if (correction.nik() != null && participants.byNik(correction.nik())
                .filter(other -> !other.noKartu().equals(noKartu)).isPresent()) {
            throw VclaimRejection.refused("NIK sudah terdaftar pada nomor kartu lain");
        }

        LocalDate today = LocalDate.now(clock);
        return applications.registerOnce(reference, sequence -> {
            participants.update(noKartu, p -> p.corrected(correction.nik(), correction.nama(), correction.sex(),
                    correction.tglLahir(), correction.nmIbuKandung()));
            String number = ApplicationNumbers.of('D', today, sequence);
            return new MembershipApplication(reference, sequence, number, TYPE, noKartu, today,
                    answerFor(number, reference, noKartu, today, correction));
        }).answer();
    }

    private static Correction correction(JsonNode perbaikan) {
        perbaikan.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw VclaimRejection.badRequest("Parameter tidak valid: perbaikan." + field);
            }
        });
        String nama = text(perbaikan, "nama").map(v -> v.strip().toUpperCase(Locale.ROOT)).orElse(null);
        LocalDate tglLahir = text(perbaikan, "tglLahir").map(DataCorrectionService::date).orElse(null);
        Sex sex = text(perbaikan, "sex").map(DataCorrectionService::sex).orElse(null);
        String mother = text(perbaikan, "nmIbuKandung").map(v -> v.strip().toUpperCase(Locale.ROOT)).orElse(null);
        String nik = text(perbaikan, "nik").orElse(null);
        if (nik != null && !nik.matches("[0-9]{16}")) {
            throw VclaimRejection.badRequest("Parameter tidak valid: perbaikan.nik");
        }
        if (nama == null && tglLahir == null && sex == null && mother == null && nik == null) {
            throw VclaimRejection.badRequest("Parameter tidak lengkap: perbaikan");
        }
        return new Correction(nama, tglLahir, sex, mother, nik);
    }

    private static void checkAgainstSiak(Correction correction, Citizen siak) {
        if (correction.nama() != null && !correction.nama().equals(siak.fullName())) {
            throw VclaimRejection.refused("Data perbaikan tidak sesuai dengan data Dukcapil: nama");
        }
        if (correction.tglLahir() != null && !correction.tglLahir().equals(siak.birthDate())) {
            throw VclaimRejection.refused("Data perbaikan tidak sesuai dengan data Dukcapil: tglLahir");
        }
        if (correction.sex() != null && correction.sex() != siak.sex()) {
            throw VclaimRejection.refused("Data perbaikan tidak sesuai dengan data Dukcapil: sex");
        }
        if (correction.nmIbuKandung() != null && !correction.nmIbuKandung().equals(siak.motherName())) {
            throw VclaimRejection.refused("Data perbaikan tidak sesuai dengan data Dukcapil: nmIbuKandung");
        }
        if (correction.nik() != null && !correction.nik().equals(siak.nik())) {
            throw VclaimRejection.refused("Data perbaikan tidak sesuai dengan data Dukcapil: nik");
        }
    }

    private static Map<String, Object> answerFor(String number, String reference, String noKartu, LocalDate today,
            Correction correction) {
        Map<String, Object> corrected = new LinkedHashMap<>();
        if (correction.nik() != null) {
            corrected.put("nik", correction.nik());
        }
        if (correction.nama() != null) {
            corrected.put("nama", correction.nama());
        }
        if (correction.sex() != null) {
            corrected.put("sex", correction.sex().name());
        }
        if (correction.tglLahir() != null) {
            corrected.put("tglLahir", correction.tglLahir().toString());
        }
        if (correction.nmIbuKandung() != null) {
            corrected.put("nmIbuKandung", correction.nmIbuKandung());
        }
        Map<String, Object> pengajuan = new LinkedHashMap<>();
        pengajuan.put("noPengajuan", number);
        pengajuan.put("noRefMitra", reference);
        pengajuan.put("jenisPengajuan", TYPE);
        pengajuan.put("noKartu", noKartu);
        pengajuan.put("tglPengajuan", today.toString());
        pengajuan.put("status", "DISETUJUI");
        pengajuan.put("dataBaru", corrected);
        pengajuan.put("keterangan", "Data peserta telah diperbaiki sesuai data Dukcapil");
        return Map.of("pengajuan", pengajuan);
    }

    private static Optional<String> text(JsonNode perbaikan, String field) {
        return ApplicationRequest.text(perbaikan, field, "perbaikan." + field).filter(v -> !v.isBlank());
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value, STRICT_DATE);
        } catch (DateTimeParseException malformed) {
            throw VclaimRejection.badRequest("Parameter tidak valid: perbaikan.tglLahir");
        }
    }

    private static Sex sex(String value) {
        return switch (value) {
            case "L" -> Sex.L;
            case "P" -> Sex.P;
            default -> throw VclaimRejection.badRequest("Parameter tidak valid: perbaikan.sex");
        };
    }
}
