package id.go.tangerangkota.mpp.hub.sandbox.bpkd;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code POST /keuda/api/bmd/permohonan-sewa}: an application to rent a city asset. BPKD checks
 * the asset is on its list (14), the dates (start not past: 52; at most 30 days: 55), the
 * capacity (53) and the days already booked (54), and an organisation's name (32); it answers an
 * application number, the asset reserved pending the agreement, and the estimated rental
 * retribution (days x tariff) to be billed by SKRD. Deduplicated on {@code no_referensi}.
 */
final class AssetUseService implements BpkdService {

    private static final Set<String> APPLICANTS = Set.of("PERORANGAN", "ORGANISASI", "BADAN_USAHA");

    private final AssetApplications applications;
    private final Clock clock;
    private final AtomicInteger sequence = new AtomicInteger();

    AssetUseService(AssetApplications applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    @Override
    public String path() {
        return "/bmd/permohonan-sewa";
    }

    @Override
    public BpkdXml.Out answer(BpkdXml.Request request) {
        String reference = request.text("no_referensi", "[0-9A-Za-z-]{8,64}");
        return applications.once(reference, () -> register(reference, request));
    }

    private BpkdXml.Out register(String reference, BpkdXml.Request request) {
        request.text("nik_pemohon", "[0-9]{16}");
        String code = request.text("kode_aset", "BMD-[A-Z]{3}-[0-9]{4}");
        String purpose = request.text("keperluan");
        LocalDate from = request.date("tgl_mulai");
        LocalDate to = request.date("tgl_selesai");
        String applicant = request.optional("jenis_pemohon").orElse("PERORANGAN");
        if (!APPLICANTS.contains(applicant)) {
            throw BpkdRejection.invalid("jenis_pemohon");
        }
        if (!"PERORANGAN".equals(applicant) && request.optional("nama_organisasi").isEmpty()) {
            throw new BpkdRejection(BpkdRejection.INVALID, "NAMA ORGANISASI/BADAN USAHA WAJIB DIISI");
        }
        int attendees = Integer.parseInt(request.optional("jumlah_peserta").filter(v -> v.matches("[0-9]{1,5}"))
                .orElse("1"));
        if (to.isBefore(from)) {
            throw BpkdRejection.invalid("tgl_selesai");
        }
        Asset asset = Asset.find(code).orElseThrow(() -> new BpkdRejection(BpkdRejection.NOT_FOUND,
                "KODE ASET TIDAK TERDAFTAR"));
        LocalDate today = LocalDate.now(clock);
        if (!from.isAfter(today)) {
            throw new BpkdRejection(BpkdRejection.DATE_PASSED, "TANGGAL MULAI HARUS SETELAH HARI INI");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > 30) {
            throw new BpkdRejection(BpkdRejection.TOO_LONG, "PEMAKAIAN LEBIH DARI 30 HARI MELALUI PERJANJIAN SEWA");
        }
        if (attendees > asset.capacity()) {
            throw new BpkdRejection(BpkdRejection.OVER_CAPACITY, "JUMLAH PESERTA MELEBIHI KAPASITAS ASET");
        }
        if (asset.bookedDuring(from, to)) {
            throw new BpkdRejection(BpkdRejection.BOOKED, "ASET SUDAH DIPESAN PADA TANGGAL TERSEBUT");
        }
        BpkdXml.Out application = new BpkdXml.Out("permohonan")
                .leaf("no_referensi", reference)
                .leaf("no_permohonan", String.format("BMD/%d/%05d", today.getYear(), sequence.incrementAndGet()))
                .leaf("tgl_permohonan", BpkdXml.DATE.format(today))
                .leaf("kode_aset", asset.code())
                .leaf("nama_aset", asset.name())
                .leaf("periode", BpkdXml.DATE.format(from) + " s.d. " + BpkdXml.DATE.format(to))
                .leaf("keperluan", purpose.toUpperCase(java.util.Locale.ROOT))
                .leaf("status_permohonan", "ASET DICADANGKAN, MENUNGGU PERJANJIAN")
                .leaf("perkiraan_retribusi", days * asset.ratePerDay());
        return new BpkdXml.Out("respon").leaf("kode", "00").leaf("pesan", "PERMOHONAN DITERIMA").add(application);
    }
}
