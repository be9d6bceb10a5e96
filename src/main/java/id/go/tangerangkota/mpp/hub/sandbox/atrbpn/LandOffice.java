package id.go.tangerangkota.mpp.hub.sandbox.atrbpn;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The land book and the files of the simulated Kantor Pertanahan Kota Tangerang, seeded with the
 * showcase citizens' rights and files. Certificate checks open new files, deduplicated on the
 * partner's request number ({@code nomorPermohonanMitra}, the hub's request id): a repeat gets the
 * first answer and opens nothing new.
 */
public final class LandOffice {

    static final String AHMAD = "3671071506780003";
    static final String SITI = "3671055208920002";
    static final String HENDRA = "3671092709650005";
    static final String RINA = "3671116304880006";
    static final String BUDI = "3671011203850001";
    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    /** New files of the year are numbered from here (the seeded ones are below). */
    static final int FIRST_NEW_FILE = 13001;

    private final Map<String, Parcel> landBook = new LinkedHashMap<>();
    private final Map<String, LandFile> files = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> answers = new ConcurrentHashMap<>();
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private int nextNumber = FIRST_NEW_FILE;
    private int checksOpened;

    LandOffice() {
        add(new Parcel("HM", "02346", "BOJONG JAYA", "KARAWACI", "28030107002346", AHMAD, 180, List.of()));
        add(new Parcel("HGB", "01187", "KETAPANG", "CIPONDOH", "28030105001187", SITI, 96,
                List.of("Hak Tanggungan Peringkat I No. 04512/2019 atas nama PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk")));
        add(new Parcel("HM", "00754", "SUKASARI", "TANGERANG", "28030101000754", HENDRA, 240, List.of()));
        add(new Parcel("HM", "03310", "PINANG", "PINANG", "28030111003310", RINA, 120,
                List.of("Blokir atas permohonan ahli waris (sengketa waris), dicatat 14-07-2026, berlaku 30 hari sejak dicatat kecuali diperpanjang dengan putusan pengadilan")));
        addFile(new LandFile(12873, 2026, "Peralihan Hak - Jual Beli", "PROSES", "Seksi Penetapan Hak dan Pendaftaran",
                "Pemeriksaan akta jual beli PPAT; pembeli BUDI SANTOSO", "HM 02346/BOJONG JAYA", AHMAD,
                LocalDate.of(2026, 11, 2), OffsetDateTime.of(2026, 11, 18, 10, 15, 0, 0, WIB)));
        addFile(new LandFile(11520, 2026, "Roya (Penghapusan Hak Tanggungan)", "SELESAI", "Loket Penyerahan",
                "Sertipikat dapat diambil di loket penyerahan dengan tanda terima asli", "HM 00754/SUKASARI", HENDRA,
                LocalDate.of(2026, 9, 21), OffsetDateTime.of(2026, 9, 28, 14, 2, 0, 0, WIB)));
        addFile(new LandFile(12990, 2026, "Pemecahan Bidang", "TERTUNDA", "Seksi Survei dan Pemetaan",
                "Menunggu kelengkapan: surat kuasa bermeterai dan persetujuan pemegang hak tanggungan", "HGB 01187/KETAPANG", SITI,
                LocalDate.of(2026, 11, 9), OffsetDateTime.of(2026, 11, 16, 9, 40, 0, 0, WIB)));
    }

    private void add(Parcel parcel) {
        landBook.put(parcel.key(), parcel);
    }

    private void addFile(LandFile file) {
        files.put(file.reference(), file);
    }

    synchronized Optional<Parcel> parcel(String rightType, String rightNumber, String kelurahan) {
        return Optional.ofNullable(landBook.get(Parcel.key(rightType, rightNumber, kelurahan)));
    }

    synchronized Optional<LandFile> file(int number, int year) {
        return Optional.ofNullable(files.get(number + "/" + year));
    }

    /** Files in process on a right, other than {@code except}. */
    synchronized List<LandFile> openFilesOn(String right) {
        List<LandFile> open = new ArrayList<>();
        files.values().stream().filter(f -> f.right().equals(right) && !f.state().equals("SELESAI")).forEach(open::add);
        return open;
    }

    /** Opens a certificate-check file, numbered in the year of {@code today}. */
    synchronized LandFile openCheck(String right, String applicantNik, OffsetDateTime now) {
        LandFile file = new LandFile(nextNumber++, now.getYear(), "Pengecekan Sertipikat", "SELESAI", "Loket Penyerahan",
                "Hasil pengecekan dicatat pada sertipikat; sertipikat dapat diambil dengan tanda terima asli", right,
                applicantNik, now.toLocalDate(), now);
        addFile(file);
        checksOpened++;
        return file;
    }

    /** The stored answer for a partner request number, or what {@code register} gives. */
    synchronized Map<String, Object> once(String requestNumber, Supplier<Map<String, Object>> register) {
        calls.merge(requestNumber, 1, Integer::sum);
        Map<String, Object> earlier = answers.get(requestNumber);
        if (earlier != null) {
            return earlier;
        }
        Map<String, Object> answer = register.get();
        answers.put(requestNumber, answer);
        return answer;
    }

    /** Certificate checks opened since the start (repeats of a request number not counted). */
    public synchronized int checksOpened() {
        return checksOpened;
    }

    /** Calls received with this partner request number, repeats included. */
    public int callsFor(String requestNumber) {
        return calls.getOrDefault(requestNumber, 0);
    }

    /** The status of a file, e.g. {@code SELESAI}, for tests. */
    public synchronized Optional<String> fileState(String reference) {
        return Optional.ofNullable(files.get(reference)).map(LandFile::state);
    }
}
