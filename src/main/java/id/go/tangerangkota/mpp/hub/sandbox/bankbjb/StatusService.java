package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Service 26, {@code /v1.0/transfer-va/status}: whether a payment (by paymentRequestId) of a VA
 * went through. paymentFlagStatus 00 paid, 02 in progress; a payment the bank never recorded for
 * this VA is 404 2601 "Transaction Not Found".
 */
final class StatusService implements VaService {

    private final VirtualAccountBook book;
    private final VaPayments payments;

    StatusService(VirtualAccountBook book, VaPayments payments) {
        this.book = book;
        this.payments = payments;
    }

    @Override
    public String serviceCode() {
        return "26";
    }

    @Override
    public String path() {
        return "/v1.0/transfer-va/status";
    }

    @Override
    public Map<String, Object> answer(VaRequest request) {
        String psid = request.partnerServiceId();
        String customerNo = request.customerNo();
        request.virtualAccountNo(psid, customerNo);
        String paymentRequestId = request.text("paymentRequestId", 128);
        VirtualAccount va = book.find(psid, customerNo)
                .orElseThrow(() -> new SnapRejection(404, "12", "Invalid Bill/Virtual Account [Not Found]"));
        VaPayment payment = payments.payment(paymentRequestId)
                .filter(p -> p.virtualAccountNo().equals(va.virtualAccountNo()))
                .orElseThrow(() -> new SnapRejection(404, "01", "Transaction Not Found"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("paymentFlagReason", payment.inProgress()
                ? VaData.reason("In progress", "Sedang diproses") : VaData.reason("Success", "Sukses"));
        data.put("partnerServiceId", va.biller().partnerServiceId());
        data.put("customerNo", va.customerNo());
        data.put("virtualAccountNo", va.virtualAccountNo());
        if (payment.inquiryRequestId() != null) {
            data.put("inquiryRequestId", payment.inquiryRequestId());
        }
        data.put("paymentRequestId", payment.paymentRequestId());
        data.put("paidAmount", VaData.money(payment.amount()));
        data.put("totalAmount", VaData.money(va.open() ? payment.amount() : va.amount()));
        data.put("trxDateTime", payment.trxDateTime());
        data.put("transactionDate", payment.trxDateTime());
        data.put("referenceNo", payment.referenceNo());
        data.put("paymentFlagStatus", payment.inProgress() ? "02" : "00");
        data.put("billDetails", VaData.billDetails(va));
        Map<String, Object> answer = SnapExchanges.answer("200" + serviceCode() + "00", "Successful");
        answer.put("virtualAccountData", data);
        answer.put("additionalInfo", Map.of());
        return answer;
    }
}
