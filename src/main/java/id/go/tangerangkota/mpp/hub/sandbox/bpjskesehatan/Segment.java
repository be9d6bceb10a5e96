package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

/**
 * The membership segment (jenisPeserta). The segments are JKN's; the codes are <em>invented</em>
 * (VClaim's own code list is not public).
 */
enum Segment {
    /** Penerima Bantuan Iuran, paid by the state budget; always class III. */
    PBI_JK("11", "PBI-JK"),
    /** Contributions paid by the city (Pemda) for residents outside PBI; class III. */
    PBPU_PEMDA("12", "PBPU PEMDA"),
    /** Pekerja Penerima Upah: employees, with their family. */
    PPU("21", "PEKERJA PENERIMA UPAH"),
    /** Pekerja Bukan Penerima Upah: the self-employed, paying their own contribution. */
    PBPU("31", "PEKERJA BUKAN PENERIMA UPAH"),
    /** Bukan Pekerja: pensioners and others paying their own way. */
    BP("41", "BUKAN PEKERJA");

    private final String kode;
    private final String keterangan;

    Segment(String kode, String keterangan) {
        this.kode = kode;
        this.keterangan = keterangan;
    }

    String kode() {
        return kode;
    }

    String keterangan() {
        return keterangan;
    }
}
