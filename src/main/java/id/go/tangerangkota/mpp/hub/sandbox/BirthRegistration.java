package id.go.tangerangkota.mpp.hub.sandbox;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One birth the sandbox's Disdukcapil registered, with the certificate numbers it issued.
 *
 * @param idPermohonan       the caller's application id, the key of deduplication
 * @param sequence           1 for the first registration since the server started, and so on
 * @param certificateNumber  NO_AKTA, {@code 3671-LT-ddMMyyyy-NNNN}
 * @param registrationNumber NO_REGISTRASI
 * @param issuedOn           TGL_TERBIT, the day of registration in Asia/Jakarta
 * @param childName          NAMA_ANAK
 * @param childSex           JENIS_KLMIN_ANAK
 * @param birthPlace         TMPT_LHR_ANAK
 * @param birthDate          TGL_LHR_ANAK
 * @param birthOrder         ANAK_KE
 * @param weightGrams        BERAT_BAYI, null when not sent
 * @param familyCardNumber   NO_KK the child joins
 * @param motherNik          NIK_IBU
 * @param fatherNik          NIK_AYAH, null when not sent
 * @param reporterNik        NIK_PELAPOR
 */
public record BirthRegistration(
        String idPermohonan,
        int sequence,
        String certificateNumber,
        String registrationNumber,
        LocalDate issuedOn,
        String childName,
        Citizen.Sex childSex,
        String birthPlace,
        LocalDate birthDate,
        int birthOrder,
        Integer weightGrams,
        String familyCardNumber,
        String motherNik,
        String fatherNik,
        String reporterNik) {

    /** The mandatory parts; weight and father are optional as in the request. */
    public BirthRegistration {
        Objects.requireNonNull(idPermohonan, "idPermohonan");
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(childName, "childName");
        Objects.requireNonNull(childSex, "childSex");
        Objects.requireNonNull(birthPlace, "birthPlace");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(familyCardNumber, "familyCardNumber");
        Objects.requireNonNull(motherNik, "motherNik");
        Objects.requireNonNull(reporterNik, "reporterNik");
    }
}
