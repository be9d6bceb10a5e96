package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;

/**
 * One membership (one KPJ number) as the simulated BPJS Ketenagakerjaan holds it. A citizen may
 * hold several, one per past employer; at most one is active. Identity data is the agency's own
 * copy, which may differ from SIAK until a data update corrects it (Budi's "BUDI SANTOSA").
 *
 * @param kpj              Kartu Peserta Jamsostek number, 11 digits
 * @param nik              the participant's NIK
 * @param name             the name as BPJS Ketenagakerjaan recorded it
 * @param sex              as recorded
 * @param birthDate        as recorded
 * @param birthPlace       as recorded
 * @param motherName       as recorded
 * @param segment          wage earner (registered by an employer) or self-employed
 * @param employerNpp      Nomor Pendaftaran Perusahaan of the employer, null for BPU
 * @param employerName     the employer, null for BPU
 * @param memberSince      first day of membership
 * @param leftOn           last day of work reported by the employer (membership inactive), or null
 * @param lastContribution the last month a contribution was paid for
 * @param programmes       JHT, JKK, JKM, JP as registered
 * @param jhtBalance       JHT saldo in rupiah (0 once paid out)
 * @param jhtPaidOut       true once the JHT balance was claimed and paid
 * @param phone            contact number on record, or null
 * @param email            e-mail on record, or null
 */
public record Participant(
        String kpj,
        String nik,
        String name,
        Citizen.Sex sex,
        LocalDate birthDate,
        String birthPlace,
        String motherName,
        Segment segment,
        String employerNpp,
        String employerName,
        LocalDate memberSince,
        LocalDate leftOn,
        YearMonth lastContribution,
        List<String> programmes,
        long jhtBalance,
        boolean jhtPaidOut,
        String phone,
        String email) {

    /** Checks what every record must have; programmes are copied. */
    public Participant {
        Objects.requireNonNull(kpj, "kpj");
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(memberSince, "memberSince");
        programmes = List.copyOf(programmes);
    }

    /** Wage earner (Penerima Upah) or self-employed (Bukan Penerima Upah). */
    public enum Segment {
        /** Registered and paid for by an employer. */
        PU("PEKERJA PENERIMA UPAH"),
        /** Self-employed, pays own contributions. */
        BPU("BUKAN PENERIMA UPAH");

        private final String label;

        Segment(String label) {
            this.label = label;
        }

        /** The segment as the agency writes it. */
        public String label() {
            return label;
        }
    }

    /** True while the membership gives cover: no last day of work reported. */
    public boolean active() {
        return leftOn == null;
    }

    /** The same membership with corrected identity or contact data (nulls keep the old value). */
    Participant withData(String newName, LocalDate newBirthDate, String newBirthPlace, String newMotherName,
            String newPhone, String newEmail) {
        return new Participant(kpj, nik, or(newName, name), sex, or(newBirthDate, birthDate),
                or(newBirthPlace, birthPlace), or(newMotherName, motherName), segment, employerNpp, employerName,
                memberSince, leftOn, lastContribution, programmes, jhtBalance, jhtPaidOut, or(newPhone, phone),
                or(newEmail, email));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
