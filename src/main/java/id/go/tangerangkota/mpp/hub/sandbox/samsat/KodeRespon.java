package id.go.tangerangkota.mpp.hub.sandbox.samsat;

/**
 * The host's answer codes in {@code kodeRespon} / {@code pesanRespon}, as listed in the WSDL's
 * header comment. Two digits in the style of the banks' host-to-host links the province also runs.
 */
enum KodeRespon {
    SUKSES("00", "SUKSES"),
    JUMLAH_TIDAK_SESUAI("13", "JUMLAH BAYAR TIDAK SESUAI"),
    TIDAK_DITEMUKAN("14", "DATA TIDAK DITEMUKAN"),
    NTPD_TIDAK_SESUAI("41", "NTPD TIDAK SESUAI"),
    PKB_BELUM_DIBAYAR("42", "PKB BELUM DIBAYAR"),
    RANGKA_TIDAK_SESUAI("43", "NOMOR RANGKA TIDAK SESUAI"),
    BUKAN_PEMILIK("44", "PEMOHON BUKAN PEMILIK KENDARAAN"),
    STNK_HABIS("45", "STNK HABIS MASA BERLAKU, WAJIB GANTI STNK 5 TAHUNAN DENGAN CEK FISIK"),
    DIBLOKIR("46", "KENDARAAN DIBLOKIR"),
    SUDAH_DIBAYAR("88", "TAGIHAN SUDAH DIBAYAR"),
    ID_SUDAH_DIGUNAKAN("94", "ID TRANSAKSI SUDAH DIGUNAKAN UNTUK TAGIHAN LAIN");

    private final String code;
    private final String message;

    KodeRespon(String code, String message) {
        this.code = code;
        this.message = message;
    }

    String code() {
        return code;
    }

    String message() {
        return message;
    }
}
