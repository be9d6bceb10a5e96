package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.util.Optional;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;
import org.w3c.dom.Element;

/**
 * InquiryPKB: the vehicle's current notice by plate. The owner's name is shown in full only to
 * the owner (nikPemohon); anyone else sees initials, as on the province's public PKB check. When
 * the caller sends the last five characters of the chassis number, they must match.
 */
final class InquiryPkb implements PkbOperation {

    private final VehicleRegistry vehicles;
    private final CitizenRegistry citizens;

    InquiryPkb(VehicleRegistry vehicles, CitizenRegistry citizens) {
        this.vehicles = vehicles;
        this.citizens = citizens;
    }

    @Override
    public String name() {
        return "InquiryPKB";
    }

    @Override
    public Element answer(Element request) {
        Element answer = Soap11.answer("InquiryPKBResponse");
        Optional<TaxAccount> found = vehicles.byPlate(PkbOperation.field(request, "nomorPolisi"));
        if (found.isEmpty()) {
            PkbOperation.respon(answer, KodeRespon.TIDAK_DITEMUKAN, KodeRespon.TIDAK_DITEMUKAN.message());
            return answer;
        }
        TaxAccount account = found.get();
        Vehicle vehicle = account.vehicle();
        if (account.blockedReason().isPresent()) {
            PkbOperation.respon(answer, KodeRespon.DIBLOKIR,
                    KodeRespon.DIBLOKIR.message() + ": " + account.blockedReason().get());
            return answer;
        }
        String chassisSuffix = PkbOperation.field(request, "nomorRangka5");
        if (chassisSuffix != null && !chassisSuffix.equals(vehicle.chassisSuffix())) {
            PkbOperation.respon(answer, KodeRespon.RANGKA_TIDAK_SESUAI, KodeRespon.RANGKA_TIDAK_SESUAI.message());
            return answer;
        }
        boolean owner = vehicle.ownerNik().equals(PkbOperation.field(request, "nikPemohon"));
        PkbOperation.respon(answer, KodeRespon.SUKSES, KodeRespon.SUKSES.message());
        Element data = Soap11.add(answer, "kendaraan", null);
        Soap11.add(data, "nomorPolisi", vehicle.plate());
        Soap11.add(data, "merk", vehicle.brand());
        Soap11.add(data, "tipe", vehicle.model());
        Soap11.add(data, "jenisKendaraan", vehicle.kind().label());
        Soap11.add(data, "tahunPembuatan", vehicle.year());
        Soap11.add(data, "warna", vehicle.colour());
        Soap11.add(data, "nomorRangka5", vehicle.chassisSuffix());
        String name = citizens.byNik(vehicle.ownerNik()).map(Citizen::fullName).orElse("TIDAK DIKETAHUI");
        Soap11.add(data, "namaPemilik", owner ? name : initials(name));
        TaxNotice notice = account.notice();
        Optional<TaxAccount.Payment> payment = account.payment();
        Soap11.add(data, "statusPkb", payment.isPresent() ? "LUNAS" : "BELUM_BAYAR");
        Soap11.add(data, "kodeBayar", notice.billingCode());
        payment.ifPresent(p -> Soap11.add(data, "ntpd", p.ntpd()));
        Soap11.add(data, "tanggalJatuhTempoPkb", notice.pkbDueDate());
        Soap11.add(data, "tanggalJatuhTempoStnk", notice.stnkDueDate());
        Element rincian = Soap11.add(data, "rincian", null);
        Soap11.add(rincian, "pkbPokok", notice.pkbPokok());
        Soap11.add(rincian, "opsenPkbPokok", notice.opsenPkbPokok());
        Soap11.add(rincian, "pkbDenda", notice.pkbDenda());
        Soap11.add(rincian, "opsenPkbDenda", notice.opsenPkbDenda());
        Soap11.add(rincian, "swdklljPokok", notice.swdklljPokok());
        Soap11.add(rincian, "swdklljDenda", notice.swdklljDenda());
        Soap11.add(rincian, "pnbpStnk", notice.pnbpStnk());
        Soap11.add(rincian, "pnbpTnkb", notice.pnbpTnkb());
        Soap11.add(rincian, "total", notice.total());
        return answer;
    }

    /** "BUDI SANTOSO" becomes "B*** S******": enough to recognise, not to learn the name. */
    static String initials(String name) {
        StringBuilder masked = new StringBuilder();
        for (String word : name.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (masked.length() > 0) {
                masked.append(' ');
            }
            masked.append(word.charAt(0)).append("*".repeat(word.length() - 1));
        }
        return masked.toString();
    }
}
