package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.List;

/**
 * The 13 kecamatan (districts) of Kota Tangerang with their SIAK codes and some of their real
 * kelurahan (urban villages).
 *
 * <p>Kelurahan codes are {@code 1001, 1002, ...} in the order listed here: Kemendagri numbers
 * kelurahan from 1001 (desa from 2001), which is enough for a sandbox; the exact official
 * numbering of each kelurahan is not reproduced.
 */
public enum Kecamatan {
    TANGERANG("01", "TANGERANG",
            List.of("BABAKAN", "BUARAN INDAH", "CIKOKOL", "KELAPA INDAH", "SUKAASIH", "SUKARASA",
                    "SUKASARI", "TANAH TINGGI")),
    JATIUWUNG("02", "JATIUWUNG",
            List.of("ALAM JAYA", "GANDASARI", "JATAKE", "KERONCONG", "MANIS JAYA", "PASIR JAYA")),
    BATUCEPER("03", "BATUCEPER",
            List.of("BATUCEPER", "BATUJAYA", "BATUSARI", "KEBON BESAR", "PORIS GAGA",
                    "PORIS GAGA BARU", "PORIS JAYA")),
    BENDA("04", "BENDA",
            List.of("BELENDUNG", "BENDA", "JURUMUDI", "JURUMUDI BARU", "PAJANG")),
    CIPONDOH("05", "CIPONDOH",
            List.of("CIPONDOH", "CIPONDOH INDAH", "CIPONDOH MAKMUR", "GONDRONG", "KENANGA",
                    "KETAPANG", "PETIR", "PORIS PLAWAD", "PORIS PLAWAD INDAH", "PORIS PLAWAD UTARA")),
    CILEDUG("06", "CILEDUG",
            List.of("PANINGGILAN", "PANINGGILAN UTARA", "PARUNG SERAB", "SUDIMARA BARAT",
                    "SUDIMARA JAYA", "SUDIMARA SELATAN", "SUDIMARA TIMUR", "TAJUR")),
    KARAWACI("07", "KARAWACI",
            List.of("BOJONG JAYA", "BUGEL", "CIMONE", "CIMONE JAYA", "GERENDENG", "KARAWACI",
                    "KARAWACI BARU", "KOANG JAYA", "MARGASARI", "NAMBO JAYA", "NUSA JAYA",
                    "PABUARAN", "PABUARAN TUMPENG", "PASAR BARU", "SUKAJADI", "SUMUR PANCING")),
    PERIUK("08", "PERIUK",
            List.of("GEBANG RAYA", "GEMBOR", "PERIUK", "PERIUK JAYA", "SANGIANG JAYA")),
    CIBODAS("09", "CIBODAS",
            List.of("CIBODAS", "CIBODAS BARU", "CIBODASARI", "JATIUWUNG", "PANUNGGANGAN BARAT",
                    "UWUNG JAYA")),
    NEGLASARI("10", "NEGLASARI",
            List.of("KARANG ANYAR", "KARANG SARI", "KEDAUNG BARU", "KEDAUNG WETAN", "MEKARSARI",
                    "NEGLASARI", "SELAPAJANG JAYA")),
    PINANG("11", "PINANG",
            List.of("CIPETE", "KUNCIRAN", "KUNCIRAN INDAH", "KUNCIRAN JAYA", "NEROGTOG", "PAKOJAN",
                    "PANUNGGANGAN", "PANUNGGANGAN TIMUR", "PANUNGGANGAN UTARA", "PINANG",
                    "SUDIMARA PINANG")),
    KARANG_TENGAH("12", "KARANG TENGAH",
            List.of("KARANG MULYA", "KARANG TENGAH", "KARANG TIMUR", "PADURENAN", "PARUNG JAYA",
                    "PONDOK BAHAR", "PONDOK PUCUNG")),
    LARANGAN("13", "LARANGAN",
            List.of("CIPADU", "CIPADU JAYA", "GAGA", "KREO", "KREO SELATAN", "LARANGAN INDAH",
                    "LARANGAN SELATAN", "LARANGAN UTARA"));

    private final String code;
    private final String siakName;
    private final List<String> kelurahan;

    Kecamatan(String code, String siakName, List<String> kelurahan) {
        this.code = code;
        this.siakName = siakName;
        this.kelurahan = kelurahan;
    }

    /** The two-digit code (NO_KEC), also digits 5-6 of a NIK issued there. */
    public String code() {
        return code;
    }

    /** The name as SIAK stores it (KEC_NAME), upper case. */
    public String siakName() {
        return siakName;
    }

    /** Code and name, e.g. {@code "05 CIPONDOH"}: how people and the test data name a kecamatan. */
    public String label() {
        return code + " " + siakName;
    }

    /** The kelurahan names this sandbox knows, in code order. */
    public List<String> kelurahan() {
        return kelurahan;
    }

    /** The four-digit kelurahan code (NO_KEL) of a kelurahan of this kecamatan. */
    public String kelurahanCode(String kelurahanName) {
        int index = kelurahan.indexOf(kelurahanName);
        if (index < 0) {
            throw new IllegalArgumentException(kelurahanName + " is not a kelurahan of " + siakName);
        }
        return String.valueOf(1001 + index);
    }

    /** The kecamatan with this two-digit code. */
    public static Kecamatan ofCode(String code) {
        for (Kecamatan kecamatan : values()) {
            if (kecamatan.code.equals(code)) {
                return kecamatan;
            }
        }
        throw new IllegalArgumentException("Kota Tangerang has no kecamatan " + code);
    }
}
