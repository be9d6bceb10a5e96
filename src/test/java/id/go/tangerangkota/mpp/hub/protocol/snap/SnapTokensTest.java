package id.go.tangerangkota.mpp.hub.protocol.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.api.ProblemType;
import id.go.tangerangkota.mpp.hub.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token cache against a small token endpoint on a real socket, which checks the RSA signature
 * with the demo public key and counts what it issues.
 */
class SnapTokensTest {

    private HttpServer server;
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicReference<String> answer = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T03:00:00Z"));
    private SnapTokens tokens;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1.0/access-token/b2b", this::token);
        server.start();
        tokens = new SnapTokens(clock);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void token(HttpExchange exchange) throws IOException {
        String body;
        if (answer.get() != null) {
            body = answer.get();
        } else if (!signatureValid(exchange)) {
            status.set(401);
            body = "{\"responseCode\":\"4017300\",\"responseMessage\":\"Unauthorized. [Signature]\"}";
        } else {
            body = "{\"responseCode\":\"2007300\",\"responseMessage\":\"Successful\",\"accessToken\":\"token-"
                    + issued.incrementAndGet() + "\",\"tokenType\":\"Bearer\",\"expiresIn\":\"900\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status.get(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static boolean signatureValid(HttpExchange exchange) {
        try {
            String pem = SandboxDemoKey.publicPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem))));
            rsa.update((exchange.getRequestHeaders().getFirst("X-CLIENT-KEY") + "|"
                    + exchange.getRequestHeaders().getFirst("X-TIMESTAMP")).getBytes(StandardCharsets.UTF_8));
            return rsa.verify(Base64.getDecoder().decode(exchange.getRequestHeaders().getFirst("X-SIGNATURE")));
        } catch (Exception e) {
            return false;
        }
    }

    private SnapTokens.TokenRequest request(String privateKey) {
        return new SnapTokens.TokenRequest("http://127.0.0.1:" + server.getAddress().getPort(), SnapTokens.DEFAULT_PATH,
                new SnapCredentials("sandbox-mpp-tangerang", "secret", privateKey, "MPPTNG01", "95221"), 2000,
                "bank-x", "Bank X");
    }

    @Test
    void oneTokenServesUntilShortlyBeforeItExpires() throws Exception {
        SnapTokens.TokenRequest request = request(SandboxDemoKey.pem());

        assertThat(tokens.token(request)).isEqualTo("token-1");
        assertThat(tokens.token(request)).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(900 - 61));
        assertThat(tokens.token(request)).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.token(request)).as("renewed 60 s before expiry").isEqualTo("token-2");
        assertThat(tokens.fetches()).isEqualTo(2);
    }

    @Test
    void aRefusedTokenIsDroppedButNotANewerOne() throws Exception {
        SnapTokens.TokenRequest request = request(SandboxDemoKey.pem());
        String first = tokens.token(request);

        tokens.invalidate(request, first);
        String second = tokens.token(request);
        tokens.invalidate(request, first);

        assertThat(second).isEqualTo("token-2");
        assertThat(tokens.token(request)).isEqualTo("token-2");
    }

    @Test
    void aSignatureTheBankRefusesIsA502NamingTheAgency() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String otherKey = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded());

        assertThatThrownBy(() -> tokens.token(request(otherKey)))
                .isInstanceOfSatisfying(HubProblem.class, p -> {
                    assertThat(p.type()).isEqualTo(ProblemType.AGENCY_ERROR);
                    assertThat(p.detail()).contains("Bank X").contains("4017300").contains("Unauthorized");
                });
        assertThat(issued.get()).isZero();
    }

    @Test
    void anUnusableConfiguredKeyIsNamedWithoutCallingTheBank() {
        assertThatThrownBy(() -> tokens.token(request("garbage!")))
                .isInstanceOfSatisfying(HubProblem.class, p -> assertThat(p.detail()).contains("private key"));
        assertThat(tokens.fetches()).isZero();
    }

    @Test
    void anAnswerWithoutTokenIsAnAgencyError() {
        answer.set("<html>gateway error</html>");
        status.set(200);

        assertThatThrownBy(() -> tokens.token(request(SandboxDemoKey.pem())))
                .isInstanceOfSatisfying(HubProblem.class, p -> assertThat(p.detail()).contains("without a JSON answer"));
    }

    @Test
    void anUnreachableBankIsAnIOException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SnapTokens.TokenRequest request = new SnapTokens.TokenRequest("http://127.0.0.1:" + closedPort,
                SnapTokens.DEFAULT_PATH, request(SandboxDemoKey.pem()).credentials(), 2000, "bank-x", "Bank X");

        assertThatThrownBy(() -> tokens.token(request)).isInstanceOf(IOException.class);
    }
}
