package id.go.tangerangkota.mpp.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;

import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import id.go.tangerangkota.mpp.hub.support.RawClientHello;
import id.go.tangerangkota.mpp.hub.support.TestPki;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The hub under the shipped {@code https} profile (application-https.yaml), with a PKCS12 keystore
 * made now by keytool: HTTPS works for a client that trusts the issuing CA, the certificate served is
 * the configured one, plain HTTP on the port gets no API answer, TLS 1.1 and a weak TLS 1.2 suite are
 * refused by the server, and a renewed certificate written over the keystore is served without a
 * restart.
 */
@ActiveProfiles({"sandbox", "https"})
@TestPropertySource(properties = {
        "mpp.data-dir=./target/it-data/${mpp.test.run:local}/https",
        "mpp.server.tls.reload-quiet-period=1s"
})
class HttpsIT extends HubIntegrationTest {

    private static TestPki pki;
    private static TestPki.Authority ca;
    private static Path keystore;

    @DynamicPropertySource
    static void keystore(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "tls-https-");
        pki = new TestPki(dir);
        ca = pki.authority("hub-test");
        keystore = dir.resolve("served.p12");
        Files.copy(pki.issue(ca, "hub-1", "hub", "mpp-hub first").keystore(), keystore);
        registry.add("mpp.server.tls.keystore", () -> "file:" + keystore.toAbsolutePath());
        registry.add("mpp.server.tls.keystore-password", () -> TestPki.PASSWORD);
    }

    @Test
    void httpsWorksForAClientThatTrustsTheIssuerAndServesTheConfiguredCertificate() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(TestPki.trusting(ca))
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                        URI.create("https://localhost:" + port + "/api/v1/agencies"))
                .header("X-API-Key", HubClient.COUNTER_MPP_KEY).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("disdukcapil");
        assertThat(TestPki.fingerprint(answer.sslSession().orElseThrow().getPeerCertificates()[0]))
                .isEqualTo(servedFingerprintOnDisk());
    }

    @Test
    void aClientThatDoesNotTrustTheIssuerIsStopped() {
        HttpClient stranger = HttpClient.newBuilder().sslContext(TestPki.trusting(pki.authority("stranger")))
                .connectTimeout(Duration.ofSeconds(5)).build();

        assertThatThrownBy(() -> stranger.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port
                + "/api/v1/agencies")).GET().build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void plainHttpOnTheHttpsPortGetsNoApiAnswer() throws IOException {
        String reply;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/agencies HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: "
                    + HubClient.COUNTER_MPP_KEY + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            reply = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (java.net.SocketException reset) {
            reply = "";
        }
        // Tomcat answers a plain request on a TLS port with a bare 400 (or drops it): never the API.
        assertThat(reply).doesNotStartWith("HTTP/1.1 200").doesNotContain("disdukcapil");
        if (!reply.isEmpty()) {
            assertThat(reply).startsWith("HTTP/1.1 400").contains("requires TLS");
        }
    }

    @Test
    void tls11IsRefusedByTheServerWhileTls12And13AreAccepted() throws Exception {
        // Raw hellos: the JDK client would not offer TLS 1.1 at all, which proves nothing of the server.
        RawClientHello.Reply tls11 = RawClientHello.send("127.0.0.1", port, RawClientHello.TLS_1_1,
                RawClientHello.ECDHE_RSA_AES128_GCM, RawClientHello.RSA_AES128_CBC_SHA);
        assertThat(tls11.recordType()).isEqualTo(RawClientHello.ALERT);
        assertThat(tls11.description()).isEqualTo(RawClientHello.PROTOCOL_VERSION);

        // The same hello as TLS 1.2 is answered with a ServerHello: the probe itself is sound.
        assertThat(RawClientHello.send("127.0.0.1", port, RawClientHello.TLS_1_2,
                RawClientHello.ECDHE_RSA_AES128_GCM).recordType()).isEqualTo(RawClientHello.HANDSHAKE);

        assertThat(negotiated("TLSv1.2")).isEqualTo("TLSv1.2");
        assertThat(negotiated("TLSv1.3")).isEqualTo("TLSv1.3");
    }

    @Test
    void aTls12SuiteWithoutForwardSecrecyIsRefused() throws IOException {
        RawClientHello.Reply weak = RawClientHello.send("127.0.0.1", port, RawClientHello.TLS_1_2,
                RawClientHello.RSA_AES128_CBC_SHA);

        assertThat(weak.recordType()).isEqualTo(RawClientHello.ALERT);
        assertThat(weak.description()).isEqualTo(RawClientHello.HANDSHAKE_FAILURE);
    }

    @Test
    void aRenewedCertificateWrittenOverTheKeystoreIsServedWithoutRestart() throws Exception {
        String before = served();
        Path renewed = pki.issue(ca, "hub-2", "hub", "mpp-hub renewed").keystore();
        Files.copy(renewed, keystore, StandardCopyOption.REPLACE_EXISTING);
        String expected = servedFingerprintOnDisk();
        assertThat(expected).isNotEqualTo(before);

        Instant deadline = Instant.now().plusSeconds(30);
        String now = served();
        while (!now.equals(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            now = served();
        }
        assertThat(now).as("fingerprint served after the keystore was renewed").isEqualTo(expected);
    }

    /** The protocol a handshake restricted to {@code protocol} agrees on. */
    private String negotiated(String protocol) throws IOException {
        SSLContext context = TestPki.trusting(ca);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", port)) {
            socket.setEnabledProtocols(new String[] {protocol});
            socket.startHandshake();
            return socket.getSession().getProtocol();
        }
    }

    /** The fingerprint of the certificate the hub presents on a new connection. */
    private String served() throws IOException {
        try (SSLSocket socket = (SSLSocket) TestPki.trusting(ca).getSocketFactory().createSocket("localhost", port)) {
            socket.startHandshake();
            return TestPki.fingerprint(socket.getSession().getPeerCertificates()[0]);
        }
    }

    private static String servedFingerprintOnDisk() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, TestPki.PASSWORD.toCharArray());
        }
        return TestPki.fingerprint(store.getCertificate("hub"));
    }
}
