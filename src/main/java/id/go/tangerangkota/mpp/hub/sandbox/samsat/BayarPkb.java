package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.w3c.dom.Element;

/**
 * BayarPKB: the collecting bank's payment notification for one notice. Exactly once per
 * idTransaksi: a repeat (the bank timed out and asks again) gets the same NTPD back; the same id
 * for another notice is refused (94). A notice already paid, through any channel, answers 88; an
 * amount other than the notice's total answers 13.
 */
final class BayarPkb implements PkbOperation {

    /** xsd:dateTime always with seconds (OffsetDateTime.toString drops zero seconds). */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final VehicleRegistry vehicles;
    private final PkbPayments payments;

    BayarPkb(VehicleRegistry vehicles, PkbPayments payments) {
        this.vehicles = vehicles;
        this.payments = payments;
    }

    @Override
    public String name() {
        return "BayarPKB";
    }

    @Override
    public Element answer(Element request) {
        String id = PkbOperation.field(request, "idTransaksi");
        String billingCode = PkbOperation.field(request, "kodeBayar");
        payments.recordCall(id);
        Optional<TaxAccount> found = vehicles.byBillingCode(billingCode);
        if (found.isEmpty()) {
            return payments.receipt(id).map(r -> answer(id, KodeRespon.ID_SUDAH_DIGUNAKAN, null))
                    .orElseGet(() -> answer(id, KodeRespon.TIDAK_DITEMUKAN, null));
        }
        TaxAccount account = found.get();
        // One notice is settled under its account's lock: a repeat and a second bank racing for
        // the same notice see each other's payment.
        synchronized (account) {
            Optional<PkbPayments.Receipt> earlier = payments.receipt(id);
            if (earlier.isPresent()) {
                return earlier.get().billingCode().equals(billingCode)
                        ? answer(id, KodeRespon.SUKSES, earlier.get())
                        : answer(id, KodeRespon.ID_SUDAH_DIGUNAKAN, null);
            }
            if (account.payment().isPresent()) {
                return answer(id, KodeRespon.SUDAH_DIBAYAR, null);
            }
            long amount = Long.parseLong(PkbOperation.field(request, "jumlahBayar"));
            if (amount != account.notice().total()) {
                return answer(id, KodeRespon.JUMLAH_TIDAK_SESUAI, null);
            }
            OffsetDateTime paidAt = OffsetDateTime.parse(PkbOperation.field(request, "tanggalBayar"));
            String bankReference = PkbOperation.field(request, "referensiBank");
            PkbPayments.Receipt receipt = new PkbPayments.Receipt(id, billingCode, account.vehicle().plate(), amount,
                    bankReference, paidAt, VehicleSeed.ntpd(id, billingCode));
            account.pay(new TaxAccount.Payment(receipt.ntpd(), id, bankReference, paidAt));
            return answer(id, KodeRespon.SUKSES, payments.settleOnce(receipt));
        }
    }

    private static Element answer(String id, KodeRespon code, PkbPayments.Receipt receipt) {
        Element answer = Soap11.answer("BayarPKBResponse");
        PkbOperation.respon(answer, code, code.message());
        Soap11.add(answer, "idTransaksi", id);
        if (receipt != null) {
            Element data = Soap11.add(answer, "pembayaran", null);
            Soap11.add(data, "ntpd", receipt.ntpd());
            Soap11.add(data, "kodeBayar", receipt.billingCode());
            Soap11.add(data, "nomorPolisi", receipt.plate());
            Soap11.add(data, "jumlahBayar", receipt.amount());
            Soap11.add(data, "referensiBank", receipt.bankReference());
            Soap11.add(data, "tanggalBayar", DATE_TIME.format(receipt.paidAt()));
        }
        return answer;
    }
}
