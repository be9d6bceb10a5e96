package id.go.tangerangkota.mpp.hub.sandbox.taspen;

import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The three Taspen services: {@code /peserta/status} (by NOTAS or NIK; a NOTAS is only answered
 * for its own NIK), {@code /otentikasi} (the yearly proof of life: reopens a suspended pension)
 * and {@code /peserta/perubahan-data} (contacts, address, paying office from the next month).
 * Applications are deduplicated on {@code <noReferensi>}.
 */
final class TaspenServices {

    static final String STATUS = "/peserta/status";
    static final String AUTHENTICATION = "/otentikasi";
    static final String DATA_CHANGE = "/peserta/perubahan-data";
    static final Set<String> PATHS = Set.of(STATUS, AUTHENTICATION, DATA_CHANGE);
    /** Taspen's date format on its documents. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private final Pensioners pensioners;
    private final RequestLedger<XmlElement> applications;
    private final Clock clock;

    TaspenServices(Pensioners pensioners, RequestLedger<XmlElement> applications, Clock clock) {
        this.pensioners = pensioners;
        this.applications = applications;
        this.clock = clock;
    }

    XmlElement answer(String path, TaspenRequest request) {
        return switch (path) {
            case STATUS -> status(request);
            case AUTHENTICATION -> deduplicated(request, "OTENTIKASI", () -> authenticate(request));
            default -> deduplicated(request, "PERUBAHAN_DATA", () -> change(request));
        };
    }

    private XmlElement status(TaspenRequest request) {
        String by = request.required("jenisPencarian");
        String nik = request.digits("nik", 16);
        Pensioner p;
        if ("NOTAS".equals(by)) {
            p = own(request.digits("notas", 15), nik);
        } else if ("NIK".equals(by)) {
            p = pensioners.byNik(nik).orElseThrow(TaspenServices::notFound);
        } else {
            throw TaspenRejection.invalid("jenisPencarian");
        }
        XmlElement answer = success("BERHASIL");
        XmlElement peserta = answer.child("peserta");
        peserta.leaf("notas", p.notas()).leaf("nama", p.name()).leaf("jenisPeserta", p.type())
                .leaf("statusPensiun", p.status()).leaf("penghasilanPensiun", p.monthlyPension())
                .leaf("tmtPensiun", DATE.format(p.retiredOn()))
                .leaf("pembayaranTerakhir", "BERHENTI".equals(p.status()) ? "" : LocalDate.now(clock).withDayOfMonth(1).format(DATE));
        XmlElement office = peserta.child("kantorBayar");
        office.leaf("kode", p.payingOfficeCode()).leaf("nama", p.payingOfficeName())
                .leaf("noRekening", p.accountNumber() == null ? "" : masked(p.accountNumber()));
        peserta.child("otentikasi").leaf("terakhir", DATE.format(p.lastAuthentication()))
                .leaf("berikutnya", DATE.format(p.nextAuthentication()));
        peserta.child("tht").leaf("status", p.thtPaidOn() == null ? "BELUM DIBAYAR" : "SUDAH DIBAYAR")
                .leaf("tanggalBayar", p.thtPaidOn() == null ? "" : DATE.format(p.thtPaidOn()));
        return answer;
    }

    private XmlElement deduplicated(TaspenRequest request, String kind, Supplier<XmlElement> work) {
        request.optional("noReferensi").ifPresent(applications::recordCall);
        String id = request.required("noReferensi");
        if (id.length() > 64) {
            throw TaspenRejection.invalid("noReferensi");
        }
        synchronized (pensioners) {
            Optional<XmlElement> earlier = applications.answer(id);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            XmlElement answer = work.get();
            applications.remember(id, kind, answer);
            return answer;
        }
    }

    private XmlElement authenticate(TaspenRequest request) {
        String id = request.required("noReferensi");
        Pensioner p = own(request.digits("notas", 15), request.digits("nik", 16));
        String method = request.required("metode");
        if (!Set.of("WAJAH", "SIDIK_JARI").contains(method)) {
            throw TaspenRejection.invalid("metode");
        }
        String phone = phone(request);
        boolean marital = "Y".equals(request.optional("perubahanStatusKawin").orElse("T"));
        if ("BERHENTI".equals(p.status())) {
            throw TaspenRejection.refused("31", "PEMBAYARAN PENSIUN SUDAH DIHENTIKAN");
        }
        LocalDate today = LocalDate.now(clock);
        boolean reopened = "DITANGGUHKAN".equals(p.status());
        pensioners.update(p.notas(), old -> old.authenticated(today, phone));
        XmlElement answer = success("OTENTIKASI BERHASIL");
        answer.child("otentikasi").leaf("noReferensi", id)
                .leaf("noOtentikasi", String.format("OTN-KCUTNG-%s-%06d", COMPACT.format(today), applications.nextSequence()))
                .leaf("tanggal", DATE.format(today)).leaf("berlakuSampai", DATE.format(today.plusYears(1)))
                .leaf("statusPensiun", "AKTIF")
                .leaf("catatan", marital ? "PERUBAHAN STATUS KAWIN WAJIB DIAJUKAN DENGAN PERUBAHAN DATA KELUARGA"
                        : reopened ? "PEMBAYARAN PENSIUN DIBUKA KEMBALI" : "");
        return answer;
    }

    private XmlElement change(TaspenRequest request) {
        String id = request.required("noReferensi");
        Pensioner p = own(request.digits("notas", 15), request.digits("nik", 16));
        TaspenRequest changes = request.nested("perubahan").orElseThrow(() -> TaspenRejection.missing("perubahan"));
        Optional<String> address = changes.optional("alamat");
        Optional<String> phone = changes.optional("noHp");
        Optional<String> email = changes.optional("email");
        Optional<TaspenRequest> office = changes.nested("kantorBayar");
        if (phone.isPresent() && !phone.get().matches("08[0-9]{8,11}")) {
            throw TaspenRejection.invalid("noHp");
        }
        String bank = null;
        String account = null;
        if (office.isPresent()) {
            bank = office.get().required("kodeBank");
            account = office.get().required("noRekening");
            if (!account.matches("[0-9]{6,20}")) {
                throw TaspenRejection.invalid("noRekening");
            }
            if (!payingPartner(bank)) {
                throw TaspenRejection.refused("33", "KODE BANK " + bank + " BUKAN MITRA BAYAR TASPEN");
            }
        }
        if (address.isEmpty() && phone.isEmpty() && email.isEmpty() && bank == null) {
            throw TaspenRejection.missing("perubahan");
        }
        if ("BERHENTI".equals(p.status())) {
            throw TaspenRejection.refused("31", "PEMBAYARAN PENSIUN SUDAH DIHENTIKAN");
        }
        LocalDate today = LocalDate.now(clock);
        String newBank = bank;
        String newAccount = account;
        pensioners.update(p.notas(), old -> old.changed(address.orElse(null), phone.orElse(null), email.orElse(null),
                newBank, newBank == null ? null : Pensioners.PAYING_PARTNERS.get(newBank), newAccount));
        List<String> changed = new ArrayList<>();
        address.ifPresent(a -> changed.add("ALAMAT"));
        phone.ifPresent(a -> changed.add("NO_HP"));
        email.ifPresent(a -> changed.add("EMAIL"));
        if (bank != null) {
            changed.add("KANTOR_BAYAR");
        }
        XmlElement answer = success("PERMOHONAN DITERIMA");
        answer.child("perubahan").leaf("noReferensi", id)
                .leaf("noPermohonan", String.format("PDP-KCUTNG-%s-%06d", COMPACT.format(today), applications.nextSequence()))
                .leaf("tanggal", DATE.format(today)).leaf("dataDiubah", String.join(", ", changed))
                // A new paying office pays from the next month's pension on.
                .leaf("berlakuMulai", DATE.format(bank == null ? today : today.withDayOfMonth(1).plusMonths(1)))
                .leaf("statusPermohonan", "SELESAI");
        return answer;
    }

    private static boolean payingPartner(String bankCode) {
        return !"POS".equals(bankCode) && Pensioners.PAYING_PARTNERS.containsKey(bankCode);
    }

    private Pensioner own(String notas, String nik) {
        Pensioner p = pensioners.byNotas(notas).orElseThrow(TaspenServices::notFound);
        if (!p.nik().equals(nik)) {
            throw TaspenRejection.refused("15", "NOTAS TIDAK SESUAI DENGAN NIK");
        }
        return p;
    }

    private static String phone(TaspenRequest request) {
        String phone = request.required("noHp");
        if (!phone.matches("08[0-9]{8,11}")) {
            throw TaspenRejection.invalid("noHp");
        }
        return phone;
    }

    private static TaspenRejection notFound() {
        return TaspenRejection.refused("14", "PESERTA TIDAK DITEMUKAN");
    }

    private static String masked(String account) {
        return account.substring(0, 4) + "*".repeat(account.length() - 8) + account.substring(account.length() - 4);
    }

    static XmlElement success(String pesan) {
        return new XmlElement("respon").leaf("kode", "00").leaf("pesan", pesan);
    }
}
