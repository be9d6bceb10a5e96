package id.go.tangerangkota.mpp.bench.scenario;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import id.go.tangerangkota.mpp.bench.HttpAnswer;
import id.go.tangerangkota.mpp.bench.HttpExchange;
import id.go.tangerangkota.mpp.bench.Operation;
import id.go.tangerangkota.mpp.bench.Scenario;

/**
 * Scenario 5, a payment through SNAP: Bank BJB's {@code va-payment}. The hub's payment flow looks
 * the bill up at the bank (service 24), takes the bill's lock, looks it up again (another counter
 * may have paid it meanwhile) and pays it (service 25), with a cached B2B token and signed
 * requests; the direct operation makes the same SNAP calls itself.
 *
 * <p>The bills are the sandbox bank's load-test bills (partnerServiceId 88399, sandbox only): every
 * 20-digit customer number is an unpaid closed bill of Rp 150.000, so a run can pay as many as it
 * likes. The hub pays closed bills only (an open-amount VA is a biller's settlement account, not
 * a bill), and a closed bill pays once: each call pays a customer number of its own (the process's
 * run number, the side, the sequence), so no payment ever repeats and the hub never finds the bill
 * paid or locked by another payment.
 *
 * <p>{@code inquiries} is how many times the direct operation looks the bill up before paying;
 * {@link #HUB_INQUIRIES} (the default) is what the hub's PaymentFlow does for one payment, so both
 * sides make the same sequence of bank calls.
 */
public final class SnapPaymentScenario implements Scenario {

    static final String BASE = "/bank-bjb";
    static final String TOKEN_PATH = BASE + "/v1.0/access-token/b2b";
    static final String INQUIRY_PATH = BASE + "/v1.0/transfer-va/inquiry";
    static final String PAYMENT_PATH = BASE + "/v1.0/transfer-va/payment";
    /** The sandbox bank's load-test biller: a closed bill for every 20-digit customer number. */
    static final String PARTNER_SERVICE_ID = "88399";
    /** The amount of every load-test bill, whole rupiah; the bank refuses any other (4042513). */
    static final long BILL_AMOUNT = 150_000;
    /** Bill look-ups the hub makes for one payment: before and again after it takes the bill's lock. */
    public static final int HUB_INQUIRIES = 2;
    /** SNAP's partnerServiceId is 8 characters, left-padded with spaces. */
    private static final String PADDED_PARTNER_SERVICE_ID = "   " + PARTNER_SERVICE_ID;
    /** Teller channel, as the hub's mappings send. */
    private static final int CHANNEL_CODE = 6010;
    private static final int HUB_SIDE = 1;
    private static final int DIRECT_SIDE = 2;

    private final HubApi hub;
    private final int inquiries;
    private final SnapSigner signer = new SnapSigner(
            SandboxDemo.SNAP_CLIENT_KEY, SandboxDemo.SNAP_CLIENT_SECRET, SandboxDemo.SNAP_PRIVATE_KEY);
    private final SnapTokens tokens = new SnapTokens(TOKEN_PATH, signer);

    /** The direct side looks each bill up as often as the hub does ({@link #HUB_INQUIRIES}). */
    public SnapPaymentScenario(String hubApiKey) {
        this(hubApiKey, HUB_INQUIRIES);
    }

    /**
     * @param inquiries bill look-ups before each direct payment, 1 to 3
     */
    public SnapPaymentScenario(String hubApiKey, int inquiries) {
        if (inquiries < 1 || inquiries > 3) {
            throw new IllegalArgumentException("inquiries: 1 to 3");
        }
        this.hub = new HubApi(hubApiKey);
        this.inquiries = inquiries;
    }

    @Override
    public String id() {
        return "snap-payment";
    }

    @Override
    public String title() {
        return "Payment through SNAP (Bank BJB virtual account: bill look-up, then payment)";
    }

    @Override
    public String agency() {
        return "bank-bjb";
    }

    /** A customer number no other call pays: run number, side, sequence (20 digits, as 88399 takes). */
    static String customerNo(int side, long sequence) {
        return UniqueIds.digits(side, sequence, 10);
    }

    @Override
    public Operation viaHub() {
        return (http, sequence) -> {
            String data = "{\"partnerServiceId\":\"" + PARTNER_SERVICE_ID + "\""
                    + ",\"customerNo\":\"" + customerNo(HUB_SIDE, sequence) + "\""
                    + ",\"amount\":" + BILL_AMOUNT + "}";
            // With an Idempotency-Key, as a counter pays: the API's exactly-once promise rests on it.
            HttpAnswer answer = hub.submit(http, "bank-bjb", "va-payment",
                    HubApi.body(TestData.pick(TestData.CITIZEN_NIKS, sequence), data),
                    UniqueIds.text("bench-pay", sequence));
            // 200 PAID; 202 PENDING would mean the bank did not answer in time, not a completed payment.
            return answer.status() == 200 && Json.has(answer.text(), "status", "PAID");
        };
    }

    @Override
    public Operation direct() {
        return this::payDirectly;
    }

    private boolean payDirectly(HttpExchange http, long sequence) throws IOException {
        String customerNo = customerNo(DIRECT_SIDE, sequence);
        String vaNo = PADDED_PARTNER_SERVICE_ID + customerNo;
        // One id for the look-up and the payment, as the hub quotes its request id in both.
        String requestId = UniqueIds.text("BENCH", sequence);
        SnapCalls calls = new SnapCalls(http, sequence);
        for (int i = 0; i < inquiries; i++) {
            String inquiry = "{\"partnerServiceId\":\"" + PADDED_PARTNER_SERVICE_ID + "\""
                    + ",\"customerNo\":\"" + customerNo + "\",\"virtualAccountNo\":\"" + vaNo + "\""
                    + ",\"trxDateInit\":\"" + SnapSigner.timestamp() + "\",\"channelCode\":" + CHANNEL_CODE
                    + ",\"language\":\"ID\",\"inquiryRequestId\":\"" + requestId + "\"}";
            if (!"2002400".equals(calls.send(INQUIRY_PATH, inquiry))) {
                return false;
            }
        }
        String payment = "{\"partnerServiceId\":\"" + PADDED_PARTNER_SERVICE_ID + "\""
                + ",\"customerNo\":\"" + customerNo + "\",\"virtualAccountNo\":\"" + vaNo + "\""
                + ",\"inquiryRequestId\":\"" + requestId + "\",\"paymentRequestId\":\"" + requestId + "\""
                + ",\"channelCode\":" + CHANNEL_CODE
                + ",\"paidAmount\":{\"value\":\"" + BILL_AMOUNT + ".00\",\"currency\":\"IDR\"}"
                + ",\"trxDateTime\":\"" + SnapSigner.timestamp() + "\",\"flagAdvise\":\"N\"}";
        return "2002500".equals(calls.send(PAYMENT_PATH, payment));
    }

    /** The SNAP calls of one operation: each with its own X-EXTERNAL-ID, resent once on an invalid token. */
    private final class SnapCalls {

        private final HttpExchange http;
        private final long sequence;
        private int calls;

        SnapCalls(HttpExchange http, long sequence) {
            this.http = http;
            this.sequence = sequence;
        }

        /** Sends one transaction; its responseCode, or null when there is none (or no token). */
        String send(String path, String body) throws IOException {
            String code = signedOnce(path, body);
            // 401xx01: the token is unknown to the bank (it restarted, or expired early); the bank
            // checks the token before it records the external id, so one resend with a new token is
            // safe, as at the hub.
            if (code != null && code.length() == 7 && code.startsWith("401") && code.endsWith("01")) {
                code = signedOnce(path, body);
            }
            return code;
        }

        private String signedOnce(String path, String body) throws IOException {
            String token = tokens.token(http);
            if (token == null) {
                return null;
            }
            String timestamp = SnapSigner.timestamp();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("Accept", "application/json");
            headers.put("Authorization", "Bearer " + token);
            headers.put("X-TIMESTAMP", timestamp);
            headers.put("X-PARTNER-ID", SandboxDemo.SNAP_PARTNER_ID);
            // Numeric, unique per partner and day: run number, this call's place in the operation, sequence.
            headers.put("X-EXTERNAL-ID", UniqueIds.digits(++calls, sequence, 15));
            headers.put("CHANNEL-ID", SandboxDemo.SNAP_CHANNEL_ID);
            headers.put("X-SIGNATURE", signer.transactionSignature("POST", path, token, body, timestamp));
            HttpAnswer answer = http.send("POST", path, headers, Json.bytes(body));
            String code = Json.field(answer.text(), "responseCode");
            if (code != null && code.startsWith("401") && code.endsWith("01")) {
                tokens.invalidate(token);
            }
            return code;
        }
    }
}
