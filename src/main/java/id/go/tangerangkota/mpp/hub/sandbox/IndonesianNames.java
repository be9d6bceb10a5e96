package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.List;

/**
 * Name parts and birth places for the generated citizens, by the cultural groups common in Kota
 * Tangerang: Sundanese, Javanese, Betawi and Chinese-Indonesian. Parts are combined at random, so
 * the full names are fictitious combinations of common names, not real people.
 */
enum IndonesianNames {
    SUNDA(
            List.of("ASEP", "UJANG", "DADANG", "CECEP", "YAYAN", "DEDE", "AGUS", "IWAN", "DENI", "RUDI",
                    "HERI", "YUDI", "AANG", "OMAN", "ENCEP", "DODI"),
            List.of("SUPRIATNA", "SUNANDAR", "RUSTANDI", "PERMANA", "KURNIAWAN", "HERMAWAN", "SOBARI",
                    "NURJAMAN", "MULYANA", "SUHERMAN", "SAEPUDIN", "FIRMANSYAH", "RAMDANI", "SETIAWAN"),
            List.of("EUIS", "NENG", "IIS", "IMAS", "TETI", "LILIS", "ENOK", "YATI", "NINING", "WIWIN",
                    "NOVI", "ELIS", "CUCU", "ENENG"),
            List.of("KOMALASARI", "NURHAYATI", "ROSMIATI", "SUKMAWATI", "MULYATI", "HANDAYANI",
                    "RAHAYU", "SUMIATI", "KURNIASIH", "NURAENI", "FITRIANI", "JUBAEDAH"),
            List.of("TANGERANG", "BOGOR", "BANDUNG", "GARUT", "TASIKMALAYA", "SUKABUMI", "CIANJUR",
                    "SUBANG", "KUNINGAN", "SERANG", "PANDEGLANG", "LEBAK")),
    JAWA(
            List.of("BAMBANG", "JOKO", "AGUS", "WAHYU", "BUDI", "SUGENG", "SLAMET", "TRI", "EKO", "DWI",
                    "HERU", "SURYO", "ADI", "BAYU", "DIMAS", "ARIF"),
            List.of("SUGIARTO", "PRASETYO", "NUGROHO", "SANTOSO", "WIBOWO", "SETIADI", "HARYANTO",
                    "PURNOMO", "KUNCORO", "UTOMO", "RAHARJO", "SAPUTRO", "HIDAYAT", "PAMUNGKAS"),
            List.of("SRI", "ENDANG", "RETNO", "TRI", "DWI", "SITI", "WULAN", "DIAH", "RATNA", "ANI",
                    "YULI", "INDAH", "AYU", "DEWI"),
            List.of("WAHYUNI", "LESTARI", "RAHAYU", "HANDAYANI", "WULANDARI", "PURWANTI", "SUSANTI",
                    "ASTUTI", "KUSUMAWATI", "PRATIWI", "NINGSIH", "SETYOWATI", "MARYATI", "UTAMI"),
            List.of("TANGERANG", "JAKARTA", "SEMARANG", "SURAKARTA", "YOGYAKARTA", "KLATEN",
                    "PURWOREJO", "KEBUMEN", "BREBES", "TEGAL", "KEDIRI", "MADIUN")),
    BETAWI(
            List.of("MUHAMMAD", "ABDUL", "ACHMAD", "MAMAT", "HASAN", "UDIN", "SALIM", "ZAENAL",
                    "SYAMSUL", "NASRUL", "ROHMAN", "SAMSUDIN"),
            List.of("ROJALI", "SAPRUDIN", "JAMALUDIN", "SYARIFUDIN", "MUHIDIN", "FAUZI", "RAHMAN",
                    "HAMDANI", "SOLIHIN", "MARZUKI", "BASRI", "ASMAWI", "NAWAWI"),
            List.of("SITI", "NUR", "JULEHA", "ROHAYAH", "AMINAH", "HALIMAH", "FATIMAH", "ZAENAB",
                    "MAIMUNAH", "NENG", "MASTURAH"),
            List.of("JULAEHA", "NURHASANAH", "MASITOH", "ROHIMAH", "SALAMAH", "KHODIJAH", "MARYAM",
                    "HAYATI", "FAUZIAH", "ZUBAEDAH"),
            List.of("JAKARTA", "TANGERANG", "BEKASI", "DEPOK")),
    TIONGHOA(
            List.of("WILLIAM", "KEVIN", "HENDRIK", "SURYADI", "BUDIMAN", "FELIX", "JONATHAN", "DANIEL",
                    "STEVEN", "ANTON", "ROBERT", "VINCENT", "ALBERT", "YOHANES"),
            List.of("HALIM", "TANUWIJAYA", "KUSUMA", "GUNAWAN", "WIJAYA", "TJANDRA", "HARTONO",
                    "SETIADI", "SUTANTO", "LIMANTO", "SANTOSA", "TANDIONO", "WIRAWAN", "SUGIANTO"),
            List.of("MELIANA", "SUSANTI", "LINDA", "YULIANA", "VERONIKA", "CYNTHIA", "GRACE",
                    "JESSICA", "MICHELLE", "LIANA", "FELICIA", "NATALIA", "MONICA", "STEPHANIE"),
            // Chinese-Indonesian women carry a family name too: the same list as the men's.
            List.of("HALIM", "TANUWIJAYA", "KUSUMA", "GUNAWAN", "WIJAYA", "TJANDRA", "HARTONO",
                    "SETIADI", "SUTANTO", "LIMANTO", "SANTOSA", "TANDIONO", "WIRAWAN", "SUGIANTO"),
            List.of("TANGERANG", "JAKARTA", "PONTIANAK", "SINGKAWANG", "MEDAN", "BANDUNG", "SEMARANG"));

    /** First names given to children born from 2000 on, whatever the family's group. */
    static final List<String> YOUNG_MALE_FIRST = List.of("RIZKY", "FAJAR", "RAFI", "DAFFA", "ALIF",
            "FARHAN", "ARKAN", "RAYHAN", "FATHAN", "ZIDAN", "AZKA", "BIMA", "GILANG", "RAKA");
    /** Second names for boys born from 2000 on. */
    static final List<String> YOUNG_MALE_SECOND = List.of("PRATAMA", "RAMADHAN", "SAPUTRA", "MAULANA",
            "FIRMANSYAH", "ALFARIZI", "NUGRAHA", "AKBAR", "ARDIANSYAH");
    /** First names given to girls born from 2000 on. */
    static final List<String> YOUNG_FEMALE_FIRST = List.of("AISYAH", "NAYLA", "ZAHRA", "KEISHA",
            "SALSABILA", "ALYA", "NABILA", "CITRA", "AULIA", "SYIFA", "KIRANA", "ANINDYA");
    /** Second names for girls born from 2000 on. */
    static final List<String> YOUNG_FEMALE_SECOND = List.of("PUTRI", "RAMADHANI", "AZZAHRA",
            "MAHARANI", "FEBRIANTI", "ANGGRAENI", "SAFITRI", "NURAINI", "OKTAVIANI");

    private final List<String> maleFirst;
    private final List<String> maleSecond;
    private final List<String> femaleFirst;
    private final List<String> femaleSecond;
    private final List<String> birthPlaces;

    IndonesianNames(List<String> maleFirst, List<String> maleSecond, List<String> femaleFirst,
            List<String> femaleSecond, List<String> birthPlaces) {
        this.maleFirst = maleFirst;
        this.maleSecond = maleSecond;
        this.femaleFirst = femaleFirst;
        this.femaleSecond = femaleSecond;
        this.birthPlaces = birthPlaces;
    }

    List<String> maleFirst() {
        return maleFirst;
    }

    List<String> maleSecond() {
        return maleSecond;
    }

    List<String> femaleFirst() {
        return femaleFirst;
    }

    List<String> femaleSecond() {
        return femaleSecond;
    }

    List<String> birthPlaces() {
        return birthPlaces;
    }

    /** True for the group whose children take the father's family name. */
    boolean passesFamilyName() {
        return this == TIONGHOA;
    }
}
