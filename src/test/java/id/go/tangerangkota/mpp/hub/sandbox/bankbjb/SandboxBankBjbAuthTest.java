package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;

import static id.go.tangerangkota.mpp.hub.sandbox.bankbjb.BankBjbTestClient.inquiry;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import id.go.tangerangkota.mpp.hub.sandbox.bankbjb.BankBjbTestClient.Answer;
import id.go.tangerangkota.mpp.hub.sandbox.bankbjb.BankBjbTestClient.Call;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox bank refuses what a SNAP bank refuses, with SNAP's own codes: token requests not
 * signed with the registered key, and transactions with a bad token, HMAC, timestamp, partner,
 * channel or X-EXTERNAL-ID.
 */
class SandboxBankBjbAuthTest {

    private static final String INQUIRY = "/v1.0/transfer-va/inquiry";
    private static final String RINA_SKRD = "3671112611000123";
    private static final String GRANT = "{\"grantType\":\"client_credentials\"}";

    private static SandboxServer server;
    private static BankBjbTestClient client;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        client = new BankBjbTestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String rinaInquiry() {
        return inquiry("88367", RINA_SKRD, "INQ-" + BankBjbTestClient.freshExternalId());
    }

    private static String minutesAgo(int minutes) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
                .format(OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.ofHours(7))
                        .minusMinutes(minutes));
    }

    @Test
    void tokenSignedWithTheRegisteredKeyIsIssued() throws Exception {
        Answer a = client.token(BankBjbTestClient.CLIENT_KEY, BankBjbTestClient.DEMO_KEY, BankBjbTestClient.now(), GRANT);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.code()).isEqualTo("2007300");
        assertThat(a.json().path("accessToken").asText()).hasSizeGreaterThan(30);
        assertThat(a.json().path("expiresIn").asText()).isEqualTo("900");
    }

    @Test
    void tokenSignedWithAnotherKeyIsRefusedAsBadSignature() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        int issuedBefore = server.backend("bank-bjb", BankBjbBackend.class).tokensIssued();

        Answer a = client.token(BankBjbTestClient.CLIENT_KEY, generator.generateKeyPair().getPrivate(),
                BankBjbTestClient.now(), GRANT);

        assertThat(a.status()).isEqualTo(401);
        assertThat(a.code()).isEqualTo("4017300");
        assertThat(a.message()).isEqualTo("Unauthorized. [Signature]");
        assertThat(a.json().has("accessToken")).isFalse();
        assertThat(server.backend("bank-bjb", BankBjbBackend.class).tokensIssued()).isEqualTo(issuedBefore);
    }

    @Test
    void tokenOfAnUnknownClientOrWithAStaleTimestampOrWrongGrantIsRefused() throws Exception {
        assertThat(client.token("someone-else", BankBjbTestClient.DEMO_KEY, BankBjbTestClient.now(), GRANT).message())
                .isEqualTo("Unauthorized. [Unknown client]");
        Answer stale = client.token(BankBjbTestClient.CLIENT_KEY, BankBjbTestClient.DEMO_KEY, minutesAgo(10), GRANT);
        assertThat(stale.code()).isEqualTo("4017300");
        assertThat(stale.message()).contains("X-TIMESTAMP");
        Answer noGrant = client.token(BankBjbTestClient.CLIENT_KEY, BankBjbTestClient.DEMO_KEY, BankBjbTestClient.now(), "{}");
        assertThat(noGrant.code()).isEqualTo("4007302");
        Answer wrongGrant = client.token(BankBjbTestClient.CLIENT_KEY, BankBjbTestClient.DEMO_KEY,
                BankBjbTestClient.now(), "{\"grantType\":\"password\"}");
        assertThat(wrongGrant.code()).isEqualTo("4007301");
    }

    @Test
    void correctlySignedTransactionIsServed() throws Exception {
        Answer a = client.call(INQUIRY, rinaInquiry()).send();

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.code()).isEqualTo("2002400");
    }

    @Test
    void hmacWithAnotherSecretIsRefused() throws Exception {
        Call call = client.call(INQUIRY, rinaInquiry());
        call.secret = "not-the-client-secret";

        Answer a = call.send();

        assertThat(a.status()).isEqualTo(401);
        assertThat(a.code()).isEqualTo("4012400");
        assertThat(a.message()).isEqualTo("Unauthorized. [Signature]");
    }

    @Test
    void bodyChangedAfterSigningIsRefused() throws Exception {
        Call call = client.call(INQUIRY, rinaInquiry());
        call.signedBody = call.body;
        call.body = inquiry("88368", "367107000501203450", "INQ-X");

        assertThat(call.send().code()).isEqualTo("4012400");
    }

    @Test
    void signatureOverAnotherPathIsRefused() throws Exception {
        // Signed without the gateway prefix: the bank signs the path it receives, /bank-bjb/v1.0/...
        Call call = client.call(INQUIRY, rinaInquiry());
        call.signedPath = INQUIRY;

        assertThat(call.send().code()).isEqualTo("4012400");
    }

    @Test
    void staleOrMalformedTimestampIsRefused() throws Exception {
        Call stale = client.call(INQUIRY, rinaInquiry());
        stale.timestamp = minutesAgo(6);
        Answer a = stale.send();
        assertThat(a.code()).isEqualTo("4012400");
        assertThat(a.message()).contains("X-TIMESTAMP");

        Call noOffset = client.call(INQUIRY, rinaInquiry());
        noOffset.timestamp = BankBjbTestClient.now().substring(0, 19);
        assertThat(noOffset.send().code()).isEqualTo("4002401");
    }

    @Test
    void unknownRevokedOrMissingTokenIsInvalidToken() throws Exception {
        Call unknown = client.call(INQUIRY, rinaInquiry());
        unknown.token = "made-up-token";
        Answer a = unknown.send();
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.code()).isEqualTo("4012401");

        Call revoked = client.call(INQUIRY, rinaInquiry());
        server.backend("bank-bjb", BankBjbBackend.class).revokeTokens();
        assertThat(revoked.send().code()).isEqualTo("4012401");
    }

    @Test
    void partnerOrChannelOtherThanRegisteredIsRefused() throws Exception {
        Call partner = client.call(INQUIRY, rinaInquiry());
        partner.partnerId = "OTHER01";
        assertThat(partner.send().message()).isEqualTo("Unauthorized. [Unknown X-PARTNER-ID]");

        Call channel = client.call(INQUIRY, rinaInquiry());
        channel.channelId = "99999";
        assertThat(channel.send().message()).isEqualTo("Unauthorized. [Unknown CHANNEL-ID]");
    }

    @Test
    void externalIdMustBeNumericAtMost36DigitsAndUniquePerDay() throws Exception {
        Call letters = client.call(INQUIRY, rinaInquiry());
        letters.externalId = "ABC123";
        assertThat(letters.send().code()).isEqualTo("4002401");
        Call tooLong = client.call(INQUIRY, rinaInquiry());
        tooLong.externalId = "1".repeat(37);
        assertThat(tooLong.send().code()).isEqualTo("4002401");
        Call missing = client.call(INQUIRY, rinaInquiry());
        missing.externalId = " ";
        assertThat(missing.send().message()).isEqualTo("Invalid Mandatory Field [X-EXTERNAL-ID]");

        String id = "1".repeat(36);
        Call first = client.call(INQUIRY, rinaInquiry());
        first.externalId = id;
        Call again = client.call(INQUIRY, rinaInquiry());
        again.externalId = id;

        assertThat(first.send().code()).isEqualTo("2002400");
        Answer duplicate = again.send();
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("4092400");
    }

    @Test
    void externalIdOfARefusedTokenIsNotUsedUp() throws Exception {
        Call refused = client.call(INQUIRY, rinaInquiry());
        refused.token = "expired-token";
        assertThat(refused.send().code()).isEqualTo("4012401");

        Call retried = client.call(INQUIRY, refused.body);
        retried.externalId = refused.externalId;
        assertThat(retried.send().code()).isEqualTo("2002400");
    }

    @Test
    void mandatoryFieldsAndFormatsAreChecked() throws Exception {
        assertThat(client.call(INQUIRY, "{\"partnerServiceId\":\"   88367\",\"customerNo\":\"3671112611000123\","
                + "\"virtualAccountNo\":\"   883673671112611000123\"}").send().message())
                .isEqualTo("Invalid Mandatory Field [inquiryRequestId]");
        Answer unpadded = client.call(INQUIRY, "{\"partnerServiceId\":\"88367\",\"customerNo\":\"3671112611000123\","
                + "\"virtualAccountNo\":\"883673671112611000123\",\"inquiryRequestId\":\"I-1\"}").send();
        assertThat(unpadded.code()).isEqualTo("4002401");
        assertThat(unpadded.message()).isEqualTo("Invalid Field Format [partnerServiceId]");
        assertThat(client.call(INQUIRY, "{\"partnerServiceId\":\"   88367\",\"customerNo\":\"3671112611000123\","
                + "\"virtualAccountNo\":\"   88367999\",\"inquiryRequestId\":\"I-2\"}").send().message())
                .isEqualTo("Invalid Field Format [virtualAccountNo]");
        assertThat(client.call(INQUIRY, "[\"not\",\"an\",\"object\"]").send().message())
                .isEqualTo("Invalid Field Format [body]");
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        try (SandboxServer shortLived = SandboxServer.start(SandboxSettings.demo(0),
                Map.of("mpp.sandbox.bank-bjb.token-ttl-seconds", "1"))) {
            BankBjbTestClient other = new BankBjbTestClient(shortLived);
            Call call = other.call(INQUIRY, rinaInquiry());
            Thread.sleep(Duration.ofMillis(1100).toMillis());

            assertThat(call.send().code()).isEqualTo("4012401");
        }
    }
}
