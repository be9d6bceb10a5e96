package id.go.tangerangkota.mpp.hub.sandbox;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One resident as the sandbox's SIAK (Sistem Informasi Administrasi Kependudukan) holds them.
 * All people are fictitious.
 *
 * <p>Text values are upper case, exactly as SIAK stores them, so a connector that sends "Budi
 * Santoso" where an exact comparison is made sees the same mismatch it would see in production.
 *
 * @param nik              NIK, 16 digits
 * @param familyCardNumber NO_KK, the family card (Kartu Keluarga) the person is listed on
 * @param fullName         NAMA_LGKP
 * @param sex              JENIS_KLMIN
 * @param birthPlace       TMPT_LHR
 * @param birthDate        TGL_LHR
 * @param religion         AGAMA, e.g. {@code ISLAM}
 * @param maritalStatus    STATUS_KAWIN: {@code BELUM KAWIN, KAWIN, CERAI HIDUP, CERAI MATI}
 * @param familyRelation   STAT_HBKEL: {@code KEPALA KELUARGA, ISTRI, SUAMI, ANAK}
 * @param bloodType        GOL_DRH: {@code A, B, AB, O, TIDAK TAHU}
 * @param education        PDDK_AKH, e.g. {@code SLTA/SEDERAJAT}
 * @param occupation       JENIS_PKRJN, e.g. {@code KARYAWAN SWASTA}
 * @param motherName       NAMA_LGKP_IBU
 * @param address          the family card's address
 * @param ektpStatus       EKTP_STATUS, e.g. {@code CARD PRINTED}
 */
public record Citizen(
        String nik,
        String familyCardNumber,
        String fullName,
        Sex sex,
        String birthPlace,
        LocalDate birthDate,
        String religion,
        String maritalStatus,
        String familyRelation,
        String bloodType,
        String education,
        String occupation,
        String motherName,
        Address address,
        String ektpStatus) {

    /** Every component is required: SIAK has no empty columns for these. */
    public Citizen {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(familyCardNumber, "familyCardNumber");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthPlace, "birthPlace");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(religion, "religion");
        Objects.requireNonNull(maritalStatus, "maritalStatus");
        Objects.requireNonNull(familyRelation, "familyRelation");
        Objects.requireNonNull(bloodType, "bloodType");
        Objects.requireNonNull(education, "education");
        Objects.requireNonNull(occupation, "occupation");
        Objects.requireNonNull(motherName, "motherName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(ektpStatus, "ektpStatus");
    }

    /** Sex as the NIK and the family card record it. */
    public enum Sex {
        /** Laki-laki (male). */
        L("LAKI-LAKI"),
        /** Perempuan (female); the NIK's day of birth is + 40. */
        P("PEREMPUAN");

        private final String siakName;

        Sex(String siakName) {
            this.siakName = siakName;
        }

        /** The JENIS_KLMIN value: {@code LAKI-LAKI} or {@code PEREMPUAN}. */
        public String siakName() {
            return siakName;
        }
    }

    /**
     * The address on a family card; everyone on the card shares it.
     *
     * @param street    ALAMAT, e.g. {@code JL. MELATI RAYA NO. 21}
     * @param rt        NO_RT, three digits
     * @param rw        NO_RW, three digits
     * @param kecamatan the district
     * @param kelurahan KEL_NAME, one of {@link Kecamatan#kelurahan()}
     */
    public record Address(String street, String rt, String rw, Kecamatan kecamatan, String kelurahan) {

        /** Checks the kelurahan belongs to the kecamatan, so NO_KEL can always be derived. */
        public Address {
            Objects.requireNonNull(street, "street");
            Objects.requireNonNull(rt, "rt");
            Objects.requireNonNull(rw, "rw");
            Objects.requireNonNull(kecamatan, "kecamatan");
            kecamatan.kelurahanCode(Objects.requireNonNull(kelurahan, "kelurahan"));
        }

        /** NO_KEL, four digits. */
        public String kelurahanCode() {
            return kecamatan.kelurahanCode(kelurahan);
        }
    }
}
