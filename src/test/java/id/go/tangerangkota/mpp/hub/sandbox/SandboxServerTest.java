package id.go.tangerangkota.mpp.hub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Starting, stopping and configuring the sandbox. */
class SandboxServerTest {

    @Test
    void portZeroPicksAFreePortAndCloseReleasesIt() throws Exception {
        SandboxServer server = SandboxServer.start(SandboxSettings.demo(0));
        int port = server.port();
        DukcapilTestClient client = new DukcapilTestClient(server);
        assertThat(port).isPositive();
        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(client.send("GET", "/test-data", null, null).statusCode()).isEqualTo(200);

        server.close();
        server.close(); // twice is harmless

        assertThatThrownBy(() -> client.send("GET", "/test-data", null, null)).isInstanceOf(ConnectException.class);
        try (ServerSocket again = new ServerSocket(port)) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    /**
     * Without TCP_NODELAY the body of each answer waits for the client's delayed ACK of the headers:
     * ~44 ms a call on a keep-alive connection instead of about 1.
     */
    @Test
    void keepAliveAnswersDoNotWaitForTheClientsDelayedAck() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxSettings.demo(0))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sandbox/faults/bnn")).build();
            long[] micros = new long[60];
            for (int i = 0; i < micros.length; i++) {
                long start = System.nanoTime();
                assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
                micros[i] = (System.nanoTime() - start) / 1000;
            }
            // The second half: the connection is established and past Linux's quick-ACK start.
            long[] settled = Arrays.copyOfRange(micros, 30, 60);
            Arrays.sort(settled);
            assertThat(settled[settled.length / 2]).as("median of %s µs", Arrays.toString(settled))
                    .isLessThan(20_000);
            assertThat(System.getProperty(JdkHttpServerSettings.NO_DELAY)).isEqualTo("true");
        }
    }

    @Test
    void aTakenPortIsAnIOException() throws Exception {
        try (SandboxServer first = SandboxServer.start(SandboxSettings.demo(0))) {
            assertThatThrownBy(() -> SandboxServer.start(SandboxSettings.demo(first.port())))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void demoSettingsAreLoopbackWithDemoCredentials() {
        SandboxSettings demo = SandboxSettings.demo(8090);
        assertThat(demo.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(demo.port()).isEqualTo(8090);
        assertThat(demo.threads()).isEqualTo(64);
        assertThat(demo.dukcapil().institution()).isEqualTo("MPP-TANGERANG");
        assertThat(demo.dukcapil().userId()).isEqualTo("sandbox-mpp");
        assertThat(demo.dukcapil().password()).isEqualTo("sandbox-demo-password");
        assertThat(demo.dukcapil().whitelist()).containsExactlyInAnyOrder("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(demo.dukcapil().toString()).doesNotContain("sandbox-demo-password");
    }

    @Test
    void impossibleSettingsAreRefusedBeforeBinding() {
        DukcapilSettings dukcapil = SandboxSettings.demo(0).dukcapil();
        assertThatThrownBy(() -> new SandboxSettings("127.0.0.1", 0, 0, dukcapil))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SandboxSettings("127.0.0.1", 70000, 4, dukcapil))
                .isInstanceOf(IllegalArgumentException.class);
        Set<String> whitelist = new java.util.HashSet<>(Set.of("127.0.0.1"));
        DukcapilSettings copied = new DukcapilSettings("X", "u", "p", whitelist);
        whitelist.add("10.0.0.1");
        assertThat(copied.whitelist()).containsExactly("127.0.0.1");
    }

    @Test
    void standaloneSettingsComeFromArgumentsPropertiesOrDefaults() {
        String previous = System.getProperty("mpp.sandbox.port");
        String previousThreads = System.getProperty("mpp.sandbox.threads");
        try {
            System.clearProperty("mpp.sandbox.port");
            System.clearProperty("mpp.sandbox.threads");
            assertThat(SandboxMain.port(new String[0])).isEqualTo(8090);
            System.setProperty("mpp.sandbox.port", "9191");
            assertThat(SandboxMain.port(new String[0])).isEqualTo(9191);
            assertThat(SandboxMain.port(new String[] {"9292"})).isEqualTo(9292);
            assertThatThrownBy(() -> SandboxMain.port(new String[] {"abc"}))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(SandboxMain.settings(9292).threads()).isEqualTo(64);
            System.setProperty("mpp.sandbox.threads", "8");
            assertThat(SandboxMain.settings(9292).threads()).isEqualTo(8);
            assertThat(SandboxMain.settings(9292).port()).isEqualTo(9292);
        } finally {
            restore("mpp.sandbox.port", previous);
            restore("mpp.sandbox.threads", previousThreads);
        }
    }

    private static void restore(String property, String previous) {
        if (previous == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, previous);
        }
    }
}
