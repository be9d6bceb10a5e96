package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.go.tangerangkota.mpp.hub.sandbox.Kecamatan;

/**
 * A primary care provider (FKTP: puskesmas, klinik pratama, dokter praktik mandiri) registered with
 * the Tangerang branch office. Codes follow the 8-character kdProvider shape (4 digits of the branch,
 * a type letter, 3 digits); the codes and the clinics' names are <em>invented</em>, the puskesmas
 * are the city's real ones.
 *
 * @param code      kdProvider, e.g. {@code 0414P005}
 * @param name      nmProvider as VClaim writes it (upper case)
 * @param kecamatan where it is
 */
record Fktp(String code, String name, Kecamatan kecamatan) {

    /** Every FKTP the sandbox knows, puskesmas first (one per kecamatan, in kecamatan order). */
    static final List<Fktp> ALL = List.of(
            new Fktp("0414P001", "PUSKESMAS TANAH TINGGI", Kecamatan.TANGERANG),
            new Fktp("0414P002", "PUSKESMAS JATIUWUNG", Kecamatan.JATIUWUNG),
            new Fktp("0414P003", "PUSKESMAS BATUCEPER", Kecamatan.BATUCEPER),
            new Fktp("0414P004", "PUSKESMAS BENDA", Kecamatan.BENDA),
            new Fktp("0414P005", "PUSKESMAS CIPONDOH", Kecamatan.CIPONDOH),
            new Fktp("0414P006", "PUSKESMAS CILEDUG", Kecamatan.CILEDUG),
            new Fktp("0414P007", "PUSKESMAS KARAWACI BARU", Kecamatan.KARAWACI),
            new Fktp("0414P008", "PUSKESMAS PERIUK JAYA", Kecamatan.PERIUK),
            new Fktp("0414P009", "PUSKESMAS CIBODAS", Kecamatan.CIBODAS),
            new Fktp("0414P010", "PUSKESMAS NEGLASARI", Kecamatan.NEGLASARI),
            new Fktp("0414P011", "PUSKESMAS PINANG", Kecamatan.PINANG),
            new Fktp("0414P012", "PUSKESMAS KARANG TENGAH", Kecamatan.KARANG_TENGAH),
            new Fktp("0414P013", "PUSKESMAS LARANGAN UTARA", Kecamatan.LARANGAN),
            new Fktp("0414U051", "KLINIK PRATAMA MEDIKA UTAMA", Kecamatan.TANGERANG),
            new Fktp("0414U052", "KLINIK PRATAMA KARAWACI SEHAT", Kecamatan.KARAWACI),
            new Fktp("0414U053", "KLINIK PRATAMA CIBODAS MEDIKA", Kecamatan.CIBODAS),
            new Fktp("0414U054", "KLINIK PRATAMA PINANG RAYA", Kecamatan.PINANG),
            new Fktp("0414U055", "KLINIK PRATAMA CILEDUG HUSADA", Kecamatan.CILEDUG),
            new Fktp("0414U056", "KLINIK PRATAMA LARANGAN PERMAI", Kecamatan.LARANGAN),
            new Fktp("0414U057", "KLINIK PRATAMA SEHAT SENTOSA CIPONDOH", Kecamatan.CIPONDOH),
            new Fktp("0414G101", "DR. ANDI PRATAMA", Kecamatan.PERIUK),
            new Fktp("0414G102", "DR. RATNA SARI DEWI", Kecamatan.BENDA));

    private static final Map<String, Fktp> BY_CODE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Fktp::code, Function.identity()));

    /** The FKTP with this code; codes are compared as sent (VClaim codes are upper case). */
    static Optional<Fktp> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.toUpperCase(Locale.ROOT)));
    }

    /** The puskesmas of a kecamatan: everyone's default FKTP. */
    static Fktp puskesmas(Kecamatan kecamatan) {
        return ALL.stream().filter(f -> f.kecamatan() == kecamatan && f.code().charAt(4) == 'P').findFirst()
                .orElseThrow();
    }

    /** The other FKTP of a kecamatan (clinics, doctors). */
    static List<Fktp> others(Kecamatan kecamatan) {
        return ALL.stream().filter(f -> f.kecamatan() == kecamatan && f.code().charAt(4) != 'P').toList();
    }

    /** {@code {"kdProvider", "nmProvider"}}, as VClaim's provUmum. */
    Map<String, String> asProvUmum() {
        Map<String, String> provUmum = new java.util.LinkedHashMap<>();
        provUmum.put("kdProvider", code);
        provUmum.put("nmProvider", name);
        return provUmum;
    }
}
