package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;
import id.go.tangerangkota.mpp.hub.sandbox.XmlRequest;

import java.time.Clock;
import java.util.Set;

/**
 * {@code POST /pdam/api/layanan/penambahan-kapasitas}: a larger pipe and meter
 * ({@code KAPASITAS}), another tariff class ({@code GOLONGAN}) or both. Checks: the customer (14)
 * owned by the applicant (52) with every bill paid (53, the catalogue asks for the last bill paid);
 * for capacity the current size as on record (54) and a larger new one (55); for class a class
 * other than the current (56). Registered for a site survey.
 */
final class CapacityUpgradeService extends ApplicationService {

    private static final Set<String> CHANGES = Set.of("KAPASITAS", "GOLONGAN", "KAPASITAS_DAN_GOLONGAN");

    CapacityUpgradeService(Customers customers, RequestLedger<XmlElement> applications, Clock clock) {
        super(customers, applications, clock);
    }

    @Override
    public String path() {
        return "/layanan/penambahan-kapasitas";
    }

    @Override
    String kind() {
        return "PENAMBAHAN_KAPASITAS";
    }

    @Override
    String prefix() {
        return "PK";
    }

    @Override
    void check(XmlRequest request, String nik) {
        Customer customer = BillInquiryService.customer(customers, request);
        String change = request.required("jenis_perubahan");
        String phone = request.required("no_hp");
        if (!CHANGES.contains(change)) {
            throw PdamRejection.invalid("jenis_perubahan");
        }
        if (!phone.matches("08[0-9]{8,11}")) {
            throw PdamRejection.invalid("no_hp");
        }
        if (!customer.nik().equals(nik)) {
            throw new PdamRejection(PdamRejection.NOT_THE_OWNER, "PELANGGAN BUKAN ATAS NAMA PEMOHON");
        }
        if (!customers.unpaid(customer).isEmpty()) {
            throw new PdamRejection(PdamRejection.ARREARS, "MASIH ADA TUNGGAKAN REKENING AIR");
        }
        if (change.startsWith("KAPASITAS")) {
            String current = request.required("ukuran_pipa_lama");
            String wanted = request.required("ukuran_pipa_baru");
            if (!Tariff.PIPES.contains(current)) {
                throw PdamRejection.invalid("ukuran_pipa_lama");
            }
            if (!Tariff.PIPES.contains(wanted)) {
                throw PdamRejection.invalid("ukuran_pipa_baru");
            }
            if (!current.equals(customer.pipeSize())) {
                throw new PdamRejection(PdamRejection.PIPE_DIFFERS, "UKURAN PIPA TIDAK SESUAI DATA PELANGGAN");
            }
            if (Tariff.PIPES.indexOf(wanted) <= Tariff.PIPES.indexOf(current)) {
                throw new PdamRejection(PdamRejection.PIPE_NOT_LARGER, "UKURAN PIPA BARU HARUS LEBIH BESAR");
            }
        }
        if (change.endsWith("GOLONGAN")) {
            String gol = request.required("gol_baru");
            if (!Tariff.CLASSES.contains(gol)) {
                throw PdamRejection.invalid("gol_baru");
            }
            if (gol.equals(customer.gol())) {
                throw new PdamRejection(PdamRejection.SAME_CLASS, "GOLONGAN BARU SAMA DENGAN GOLONGAN SAAT INI");
            }
        }
    }
}
