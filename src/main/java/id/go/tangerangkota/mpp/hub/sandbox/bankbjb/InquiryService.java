package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Service 24, {@code /v1.0/transfer-va/inquiry}: the bill behind a VA. An unknown VA is 404 2412;
 * a bill already paid (or being paid) is 404 2414 "Paid Bill", still describing the VA; an
 * open-amount VA answers with amount 0 and trx type "O".
 */
final class InquiryService implements VaService {

    private final VirtualAccountBook book;
    private final VaPayments payments;

    InquiryService(VirtualAccountBook book, VaPayments payments) {
        this.book = book;
        this.payments = payments;
    }

    @Override
    public String serviceCode() {
        return "24";
    }

    @Override
    public String path() {
        return "/v1.0/transfer-va/inquiry";
    }

    @Override
    public Map<String, Object> answer(VaRequest request) {
        String psid = request.partnerServiceId();
        String customerNo = request.customerNo();
        request.virtualAccountNo(psid, customerNo);
        String inquiryRequestId = request.text("inquiryRequestId", 128);
        VirtualAccount va = book.find(psid, customerNo)
                .orElseThrow(() -> new SnapRejection(404, "12", "Invalid Bill/Virtual Account [Not Found]"));
        if (!va.open() && payments.isPaid(va.virtualAccountNo())) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("inquiryStatus", "01");
            data.put("inquiryReason", VaData.reason("Bill has been paid", "Tagihan sudah dibayar"));
            data.putAll(VaData.identity(va));
            data.put("inquiryRequestId", inquiryRequestId);
            data.put("totalAmount", VaData.money(va.amount()));
            data.put("virtualAccountTrxType", "C");
            throw new SnapRejection(404, "14", "Paid Bill", data);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inquiryStatus", "00");
        data.put("inquiryReason", VaData.reason("Success", "Sukses"));
        data.putAll(VaData.identity(va));
        data.put("virtualAccountEmail", "");
        data.put("virtualAccountPhone", "");
        data.put("inquiryRequestId", inquiryRequestId);
        data.put("totalAmount", VaData.money(va.amount()));
        data.put("subCompany", "00000");
        data.put("billDetails", VaData.billDetails(va));
        data.put("freeTexts", VaData.freeTexts(va));
        data.put("virtualAccountTrxType", va.open() ? "O" : "C");
        data.put("feeAmount", VaData.money(0));
        Map<String, Object> answer = SnapExchanges.answer("200" + serviceCode() + "00", "Successful");
        answer.put("virtualAccountData", data);
        answer.put("additionalInfo", Map.of());
        return answer;
    }
}
