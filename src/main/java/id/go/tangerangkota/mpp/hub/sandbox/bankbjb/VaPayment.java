package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

/**
 * One payment the sandbox bank recorded.
 *
 * @param virtualAccountNo SNAP's virtualAccountNo (padded prefix + customerNo)
 * @param paymentRequestId the partner's id of the payment, unique at the bank
 * @param inquiryRequestId the inquiry it followed, or null
 * @param amount           whole rupiah
 * @param trxDateTime      the partner's transaction time, as sent
 * @param referenceNo      the bank's reference
 * @param inProgress       true while the payment is still being processed (202xx00)
 * @param sequence         the order of recording
 */
public record VaPayment(String virtualAccountNo, String paymentRequestId, String inquiryRequestId, long amount,
        String trxDateTime, String referenceNo, boolean inProgress, int sequence) {
}
