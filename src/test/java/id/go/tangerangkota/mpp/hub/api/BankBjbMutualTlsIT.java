package id.go.tangerangkota.mpp.hub.api;

import static id.go.tangerangkota.mpp.hub.support.HubClient.citizenBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.bankbjb.BankBjbBackend;
import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import id.go.tangerangkota.mpp.hub.support.TestPki;
import id.go.tangerangkota.mpp.hub.support.TlsConnectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mutual TLS towards an agency, end to end: the sandbox bank switched to an HTTPS port that requires
 * a client certificate signed by the partners' CA, and the hub's Bank BJB connector (a copy, with a
 * {@code tls} section) pointed at it. With the right client key and the bank's CA pinned, a counter's
 * VA inquiry is answered (B2B token and transaction both over mutual TLS). Without a client
 * certificate, with one from another CA, or with the bank's CA not pinned, the call is the hub's 502
 * problem naming the agency, and the log says which side to fix. Certificates are made by keytool
 * for this run; each case swaps the files and reloads the connector through the admin API.
 */
@ExtendWith(OutputCaptureExtension.class)
class BankBjbMutualTlsIT extends HubIntegrationTest {

    private static final String SLUG = "bank-bjb";
    private static final String INQUIRY = "/api/v1/agencies/bank-bjb/services/va-inquiry";
    private static final String RINA = "3671116304880006";
    private static final String RINA_VA = "{\"partnerServiceId\":\"88367\",\"customerNo\":\"3671112611000123\"}";

    private static Path connectors;
    private static Path clientKey;
    private static Path pinned;
    private static TestPki.Identity partnerClient;
    private static TestPki.Identity rogueClient;
    private static Path bankTrust;
    private static Path strangerTrust;

    @Autowired
    SandboxServer sandbox;

    @DynamicPropertySource
    static void mutualTls(DynamicPropertyRegistry registry) throws IOException {
        Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "tls-bank-bjb-");
        TestPki pki = new TestPki(root.resolve("pki"));
        TestPki.Authority bankCa = pki.authority("bjb-bank");
        TestPki.Authority partnersCa = pki.authority("bjb-partners");
        TestPki.Identity bankServer = pki.issue(bankCa, "bank-server", "snap-gateway", "localhost");
        Path bankTrustsPartners = pki.truststore("bank-trusts-partners", partnersCa);
        partnerClient = pki.issue(partnersCa, "hub-client", "mpp-hub", "mpp-hub partner MPPTNG01");
        rogueClient = pki.issue(pki.authority("rogue"), "rogue-client", "mpp-hub", "mpp-hub self-made");
        bankTrust = pki.truststore("pin-bank", bankCa);
        strangerTrust = pki.truststore("pin-stranger", pki.authority("stranger"));

        // The files the connector's settings point at; each case copies its variant over them.
        clientKey = root.resolve("hub-client-key.p12");
        pinned = root.resolve("hub-pinned.p12");
        Files.copy(partnerClient.keystore(), clientKey);
        Files.copy(bankTrust, pinned);
        connectors = root.resolve("connectors");
        FileTrees.copy(Path.of("connectors"), connectors);
        TlsConnectors.write(connectors, SLUG, TlsConnectors.section(SLUG, true, null));

        registry.add("mpp.data-dir", () -> root.resolve("data").toAbsolutePath().toString());
        registry.add("mpp.locations.connectors", () -> "file:" + connectors.toAbsolutePath());
        registry.add("mpp.sandbox.bank-bjb.tls.keystore", () -> bankServer.keystore().toString());
        registry.add("mpp.sandbox.bank-bjb.tls.keystore-password", () -> TestPki.PASSWORD);
        registry.add("mpp.sandbox.bank-bjb.tls.truststore", bankTrustsPartners::toString);
        registry.add("mpp.sandbox.bank-bjb.tls.truststore-password", () -> TestPki.PASSWORD);
        registry.add("mpp.agency.bank-bjb.url", () -> "https://localhost:${mpp.sandbox.bank-bjb.tls.port}/bank-bjb");
        registry.add("mpp.agency.bank-bjb.tls.keystore", clientKey::toString);
        registry.add("mpp.agency.bank-bjb.tls.keystore-password", () -> TestPki.PASSWORD);
        registry.add("mpp.agency.bank-bjb.tls.truststore", pinned::toString);
        registry.add("mpp.agency.bank-bjb.tls.truststore-password", () -> TestPki.PASSWORD);
    }

    @Test
    void withItsClientCertificateAndTheBanksCaPinnedTheCounterCallIsAnswered(CapturedOutput log) throws IOException {
        use(partnerClient.keystore(), bankTrust, true);
        int tokensBefore = bank().tokensIssued();

        Answer a = counter.post(INQUIRY, citizenBody(RINA, RINA_VA));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("result").path("status").asText()).isEqualTo("UNPAID");
        assertThat(a.json().path("result").path("customerName").asText()).isEqualTo("RINA MARLINA");
        assertThat(bank().tokensIssued()).as("the B2B token came over mutual TLS too").isGreaterThan(tokensBefore);
        assertThat(log.getAll()).contains("TLS towards agency bank-bjb: client certificate 'CN=mpp-hub partner MPPTNG01");
        // Nothing was set JVM-wide: other agencies' connections never see this key or trust.
        assertThat(System.getProperty("javax.net.ssl.keyStore")).isNull();
        assertThat(System.getProperty("javax.net.ssl.trustStore")).isNull();
    }

    @Test
    void withoutAClientCertificateTheBankRefusesAndTheCounterGetsTheAgencyProblem(CapturedOutput log)
            throws IOException {
        use(null, bankTrust, false);

        Answer a = counter.post(INQUIRY, citizenBody(RINA, RINA_VA));

        assertAgencyProblem(a);
        assertThat(log.getAll()).contains("TLS connection to agency bank-bjb failed")
                .contains("the agency refused the hub's client certificate");
    }

    @Test
    void aClientCertificateFromAnotherCaIsRefusedLikewise(CapturedOutput log) throws IOException {
        use(rogueClient.keystore(), bankTrust, true);

        Answer a = counter.post(INQUIRY, citizenBody(RINA, RINA_VA));

        assertAgencyProblem(a);
        assertThat(log.getAll()).contains("TLS connection to agency bank-bjb failed")
                .contains("the agency refused the hub's client certificate");
    }

    @Test
    void whenTheBanksCaIsNotPinnedTheHubDoesNotTalkToIt(CapturedOutput log) throws IOException {
        use(partnerClient.keystore(), strangerTrust, true);

        Answer a = counter.post(INQUIRY, citizenBody(RINA, RINA_VA));

        assertAgencyProblem(a);
        assertThat(log.getAll()).contains("TLS connection to agency bank-bjb failed")
                .contains("the agency's server certificate is not signed by a CA of the connector's tls.truststore");
    }

    private BankBjbBackend bank() {
        return sandbox.backend(SLUG, BankBjbBackend.class);
    }

    /** The case's files and descriptor, applied by reloading the connector as an admin would. */
    private void use(Path key, Path trust, boolean presentKey) throws IOException {
        if (key != null) {
            Files.copy(key, clientKey, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(trust, pinned, StandardCopyOption.REPLACE_EXISTING);
        TlsConnectors.write(connectors, SLUG, TlsConnectors.section(SLUG, presentKey, null));
        Answer reload = new HubClient(port, HubClient.ADMIN_KEY).post("/api/v1/admin/connectors/bank-bjb/reload", "");
        assertThat(reload.status()).as(reload.body()).isEqualTo(200);
        assertThat(reload.json().path("state").asText()).as(reload.body()).isEqualTo("available");
    }

    private static void assertAgencyProblem(Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(502);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().path("agency").asText()).isEqualTo(SLUG);
        assertThat(a.json().path("detail").asText()).contains("secure connection to Bank BJB failed");
        assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("localhost");
    }
}
