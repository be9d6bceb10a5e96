package id.go.tangerangkota.mpp.hub.sandbox;

import java.time.LocalDate;
import java.util.List;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen.Address;
import id.go.tangerangkota.mpp.hub.sandbox.Citizen.Sex;

/**
 * The fixed, hand-written citizens: the six showcase citizens that connector examples, docs and
 * tests name by NIK, and the relatives that make their family cards plausible (a family card with
 * an ISTRI needs a KEPALA KELUARGA, an ANAK needs parents).
 *
 * <p>They are written out rather than generated so that changing the generator can never change
 * them. All of them are fictitious.
 */
final class ShowcaseCitizens {

    private static final String CARD_PRINTED = "CARD PRINTED";

    private static final Address CIPONDOH_HOME =
            new Address("JL. MELATI RAYA NO. 21", "003", "005", Kecamatan.CIPONDOH, "KENANGA");
    private static final Address KARAWACI_HOME =
            new Address("JL. CEMPAKA III NO. 7", "002", "004", Kecamatan.KARAWACI, "BOJONG JAYA");
    private static final Address LARANGAN_HOME =
            new Address("JL. KENARI NO. 45", "006", "002", Kecamatan.LARANGAN, "LARANGAN UTARA");
    private static final Address CIBODAS_HOME =
            new Address("PERUM BUMI ASRI BLOK C2 NO. 9", "004", "007", Kecamatan.CIBODAS, "CIBODAS BARU");
    private static final Address PINANG_HOME =
            new Address("JL. MAWAR NO. 3", "001", "003", Kecamatan.PINANG, "KUNCIRAN INDAH");

    private ShowcaseCitizens() {
    }

    /** The six showcase citizens, in the order the documentation lists them. */
    static List<Citizen> showcase() {
        return List.of(
                new Citizen("3671011203850001", "3671050101150001", "BUDI SANTOSO", Sex.L, "TANGERANG",
                        LocalDate.of(1985, 3, 12), "ISLAM", "KAWIN", "KEPALA KELUARGA", "O",
                        "DIPLOMA IV/STRATA I", "KARYAWAN SWASTA", "SUMIATI", CIPONDOH_HOME, CARD_PRINTED),
                new Citizen("3671055208920002", "3671050101150001", "SITI NURHALIZA RAHMAWATI", Sex.P,
                        "TANGERANG", LocalDate.of(1992, 8, 12), "ISLAM", "KAWIN", "ISTRI", "A",
                        "AKADEMI/DIPLOMA III/S. MUDA", "GURU", "SRI WAHYUNI", CIPONDOH_HOME, CARD_PRINTED),
                new Citizen("3671071506780003", "3671070202100003", "AHMAD HIDAYAT", Sex.L, "JAKARTA",
                        LocalDate.of(1978, 6, 15), "ISLAM", "KAWIN", "KEPALA KELUARGA", "B",
                        "SLTA/SEDERAJAT", "PEDAGANG", "AMINAH", KARAWACI_HOME, CARD_PRINTED),
                new Citizen("3671134101000004", "3671130303180004", "DEWI LESTARI", Sex.P, "TANGERANG",
                        LocalDate.of(2000, 1, 1), "ISLAM", "BELUM KAWIN", "ANAK", "AB",
                        "DIPLOMA IV/STRATA I", "KARYAWAN SWASTA", "ENDANG KUSRINI", LARANGAN_HOME,
                        CARD_PRINTED),
                new Citizen("3671092709650005", "3671090404950005", "HENDRA WIJAYA", Sex.L, "SERANG",
                        LocalDate.of(1965, 9, 27), "ISLAM", "KAWIN", "KEPALA KELUARGA", "A",
                        "DIPLOMA IV/STRATA I", "PENSIUNAN", "ROHAYAH", CIBODAS_HOME, CARD_PRINTED),
                new Citizen("3671116304880006", "3671110505120006", "RINA MARLINA", Sex.P, "BOGOR",
                        LocalDate.of(1988, 4, 23), "ISLAM", "CERAI HIDUP", "KEPALA KELUARGA", "O",
                        "SLTA/SEDERAJAT", "WIRASWASTA", "IMAS MASITOH", PINANG_HOME, CARD_PRINTED));
    }

    /**
     * The other members of the showcase family cards. Budi and Siti have no children yet on
     * purpose: the birth-certificate example registers their first child (ANAK_KE 1).
     */
    static List<Citizen> relatives() {
        return List.of(
                new Citizen("3671074211810008", "3671070202100003", "NURLAELA", Sex.P, "JAKARTA",
                        LocalDate.of(1981, 11, 2), "ISLAM", "KAWIN", "ISTRI", "O", "SLTA/SEDERAJAT",
                        "MENGURUS RUMAH TANGGA", "KOMARIAH", KARAWACI_HOME, CARD_PRINTED),
                new Citizen("3671071909050009", "3671070202100003", "MUHAMMAD FAJAR HIDAYAT", Sex.L,
                        "TANGERANG", LocalDate.of(2005, 9, 19), "ISLAM", "BELUM KAWIN", "ANAK", "B",
                        "SLTA/SEDERAJAT", "PELAJAR/MAHASISWA", "NURLAELA", KARAWACI_HOME, CARD_PRINTED),
                new Citizen("3671130805680010", "3671130303180004", "SUPARMAN", Sex.L, "PURWOREJO",
                        LocalDate.of(1968, 5, 8), "ISLAM", "KAWIN", "KEPALA KELUARGA", "A",
                        "SLTA/SEDERAJAT", "WIRASWASTA", "PARTINAH", LARANGAN_HOME, CARD_PRINTED),
                new Citizen("3671135402720011", "3671130303180004", "ENDANG KUSRINI", Sex.P, "KLATEN",
                        LocalDate.of(1972, 2, 14), "ISLAM", "KAWIN", "ISTRI", "B", "SLTP/SEDERAJAT",
                        "MENGURUS RUMAH TANGGA", "SUKINEM", LARANGAN_HOME, CARD_PRINTED),
                new Citizen("3671097003670012", "3671090404950005", "YATI SURYATI", Sex.P, "SERANG",
                        LocalDate.of(1967, 3, 30), "ISLAM", "KAWIN", "ISTRI", "O", "SLTA/SEDERAJAT",
                        "MENGURUS RUMAH TANGGA", "ENIH", CIBODAS_HOME, CARD_PRINTED),
                new Citizen("3671114510110013", "3671110505120006", "NAYLA PUTRI", Sex.P, "TANGERANG",
                        LocalDate.of(2011, 10, 5), "ISLAM", "BELUM KAWIN", "ANAK", "O",
                        "TAMAT SD/SEDERAJAT", "PELAJAR/MAHASISWA", "RINA MARLINA", PINANG_HOME,
                        "BELUM REKAM"));
    }
}
