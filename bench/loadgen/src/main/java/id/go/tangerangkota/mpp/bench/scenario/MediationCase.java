package id.go.tangerangkota.mpp.bench.scenario;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One industrial-dispute mediation request (Disnaker {@code industrial-dispute-mediation}), the
 * same case written two ways: the hub's counter body and the body the hub's delivery sends to
 * Disnaker (mappings/disnaker/industrial-dispute-mediation.request.jsonata). The account of the
 * dispute is cut so that the counter's body is about {@link #TARGET_BYTES}: a clerk types such an
 * account in full, and the bench wants a realistic kilobyte through the queue.
 */
final class MediationCase {

    /** The counter body's size the account is cut for. */
    static final int TARGET_BYTES = 1024;
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String EMPLOYER = "PT Sinar Cahaya Plastindo";
    private static final String EMPLOYER_ADDRESS = "Jl. Industri Raya Blok B No. 12, Jatiuwung, Kota Tangerang";
    private static final String ACCOUNT = "Pemohon bekerja sebagai operator mesin injeksi sejak Maret 2015 dengan"
            + " perjanjian kerja waktu tidak tertentu. Pada 30 September 2026 pemohon di-PHK dengan alasan efisiensi"
            + " tanpa surat peringatan dan tanpa perundingan sebelumnya. Uang pesangon, uang penghargaan masa kerja"
            + " dan uang penggantian hak belum dibayar sesuai ketentuan PP 35/2021; perusahaan hanya menawarkan satu"
            + " kali upah. Upah lembur bulan Agustus dan September 2026 juga belum dibayar. Dua kali perundingan"
            + " bipartit tidak mencapai kesepakatan dan risalahnya ditandatangani kedua pihak. Pemohon meminta"
            + " pembayaran pesangon dua kali ketentuan, uang penghargaan masa kerja, penggantian hak cuti yang belum"
            + " diambil, upah lembur yang tertunggak, serta surat keterangan kerja dan pengembalian ijazah asli yang"
            + " ditahan perusahaan. Pemohon bersedia hadir pada sidang mediasi kapan pun dijadwalkan dan membawa"
            + " salinan slip gaji, surat PHK, perjanjian kerja serta risalah perundingan bipartit.";

    private final String nik;
    private final String phone;
    private final String firstBipartite;
    private final String secondBipartite;
    private final String summary;

    private MediationCase(String nik, String phone, LocalDate today) {
        this.nik = nik;
        this.phone = phone;
        // Two negotiations on distinct past dates: Disnaker refuses fewer, or one not yet held.
        this.firstBipartite = today.minusDays(35).toString();
        this.secondBipartite = today.minusDays(21).toString();
        this.summary = cut(ACCOUNT, TARGET_BYTES - hubBody("").length());
    }

    /** The case of this call: a pool citizen and a phone number of its own. */
    static MediationCase of(long sequence) {
        String phone = "0813" + String.format("%08d", Math.floorMod(sequence, 100_000_000L));
        return new MediationCase(TestData.pick(TestData.CITIZEN_NIKS, sequence), phone, LocalDate.now(WIB));
    }

    /** The counter's body: {@code {"citizen": ..., "data": ...}} as the service's input schema says. */
    String hubBody() {
        return hubBody(summary);
    }

    private String hubBody(String account) {
        return HubApi.body(nik, "{\"disputeType\":\"dismissal\""
                + ",\"employer\":{\"name\":" + Json.string(EMPLOYER) + ",\"address\":" + Json.string(EMPLOYER_ADDRESS) + "}"
                + ",\"summary\":" + Json.string(account)
                + ",\"bipartiteDates\":[\"" + firstBipartite + "\",\"" + secondBipartite + "\"]"
                + ",\"phone\":\"" + phone + "\"}");
    }

    /**
     * Disnaker's body as the delivery route sends it: the service account, the partner transaction
     * id Disnaker deduplicates on (the hub sends its request id), the counter's site, then the case.
     */
    String disnakerBody(String transactionId) {
        return "{\"akunLayanan\":{\"idPengguna\":" + Json.string(SandboxDemo.DISNAKER_USER_ID)
                + ",\"kataKunci\":" + Json.string(SandboxDemo.DISNAKER_PASSWORD) + "}"
                + ",\"idTransaksiMitra\":" + Json.string(transactionId)
                + ",\"kanal\":\"MPP\",\"lokasiLoket\":" + Json.string(SandboxDemo.COUNTER_SITE)
                + ",\"pemohon\":{\"nik\":\"" + nik + "\",\"noTelepon\":\"" + phone + "\"}"
                + ",\"jenisPerselisihan\":\"PHK\""
                + ",\"pengusaha\":{\"namaPerusahaan\":" + Json.string(EMPLOYER) + ",\"alamat\":" + Json.string(EMPLOYER_ADDRESS) + "}"
                + ",\"uraianPerselisihan\":" + Json.string(summary)
                + ",\"tanggalBipartit\":[\"" + firstBipartite + "\",\"" + secondBipartite + "\"]}";
    }

    /** At most {@code length} characters of the account (ASCII, so bytes), ended at a word. */
    private static String cut(String account, int length) {
        if (account.length() <= length) {
            return account;
        }
        int end = account.lastIndexOf(' ', length);
        return account.substring(0, end > 0 ? end : length);
    }
}
