package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan.VclaimTestClient.Answer;
import id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan.VclaimTestClient.Signing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox checks what VClaim checks before answering: the consumer id, the timestamp window
 * (five minutes either way), the HMAC signature and the user key, each refused with VClaim's own
 * metaData 401, and the answer is encrypted for the request's own timestamp.
 */
class SandboxVclaimGateTest {

    private static final String BUDI = "/Peserta/nik/3671011203850001/tglSEP/2026-11-23";

    private static SandboxServer server;
    private static VclaimTestClient client;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        client = new VclaimTestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCorrectlySignedRequestIsAnsweredWithAnEncryptedResponse() {
        Answer a = client.get(BUDI);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.code()).isEqualTo("200");
        assertThat(a.message()).isEqualTo("OK");
        assertThat(a.json().path("response").isTextual()).isTrue();
        assertThat(a.json().path("response").asText()).doesNotContain("BUDI").doesNotContain("0001427735619");
        assertThat(a.opened().path("peserta").path("noKartu").asText()).isEqualTo("0001427735619");
    }

    @Test
    void wrongSecretIsRefusedAsAnInvalidSignature() {
        Answer a = client.get(BUDI, Signing.demo().withSecret("not-the-agreed-secret"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.code()).isEqualTo("401");
        assertThat(a.message()).isEqualTo("Signature tidak valid");
        assertThat(a.json().path("response").isNull()).isTrue();
    }

    @Test
    void unknownConsumerAndWrongUserKeyAreRefused() {
        assertThat(client.get(BUDI, Signing.demo().withConsId("99999")).message())
                .isEqualTo("Consumer ID tidak terdaftar");
        Answer userKey = client.get(BUDI, Signing.demo().withUserKey("another-user-key"));
        assertThat(userKey.code()).isEqualTo("401");
        assertThat(userKey.message()).isEqualTo("User key tidak valid");
    }

    @Test
    void aTimestampMoreThanFiveMinutesFromTheProvidersClockIsRefusedEvenWhenSigned() {
        long now = Instant.now().getEpochSecond();

        Answer stale = client.get(BUDI, Signing.demo().at(now - 301));
        Answer future = client.get(BUDI, Signing.demo().at(now + 360));
        Answer slightlyOld = client.get(BUDI, Signing.demo().at(now - 200));

        assertThat(stale.code()).isEqualTo("401");
        assertThat(stale.message()).isEqualTo("X-timestamp tidak valid atau kedaluwarsa");
        assertThat(future.code()).isEqualTo("401");
        assertThat(slightlyOld.code()).isEqualTo("200");
        // The answer is keyed by the request's own timestamp, not the provider's clock.
        assertThat(slightlyOld.opened().path("peserta").path("nik").asText()).isEqualTo("3671011203850001");
    }

    @Test
    void missingHeadersAreRefusedBeforeAnythingIsLookedUp() {
        Answer a = client.unsigned("GET", BUDI);

        assertThat(a.code()).isEqualTo("401");
        assertThat(a.message()).contains("X-cons-id").contains("user_key");
    }

    @Test
    void unknownPathsAndWrongMethodsAreHttpErrorsInVclaimShape() {
        Answer unknown = client.get("/Peserta/npwp/123/tglSEP/2026-11-23");
        Answer method = client.unsigned("DELETE", BUDI);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("404");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.code()).isEqualTo("405");
    }

    @Test
    void everyCallIsMeteredPerServiceRefusedOnesToo() {
        BpjsKesehatanBackend backend = server.backend("bpjs-kesehatan", BpjsKesehatanBackend.class);
        long before = backend.calls().calls("Peserta/nik");

        client.get(BUDI, Signing.demo().withSecret("wrong"));
        client.get(BUDI);

        assertThat(backend.calls().calls("Peserta/nik")).isEqualTo(before + 2);
    }
}
