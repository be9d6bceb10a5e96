package id.go.tangerangkota.mpp.hub.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code connector test <slug> --endpoint URL} against a live back end, here the sandbox's Dinsos
 * (REST/JSON) standing in for an agency's test system: every service passes with the right
 * credentials; with a wrong key every service fails in the agency's own words, exit code 1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectorConformanceIT {

    private SandboxServer sandbox;

    @BeforeAll
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxSettings.demo(0));
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    private String dinsos() {
        return "http://127.0.0.1:" + sandbox.port() + "/dinsos/api/v1";
    }

    @Test
    void everyServicePassesAgainstTheAgencysBackEnd() {
        KitRun run = KitRun.of("test", "dinsos", "--endpoint", dinsos(), "--profile", "sandbox");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("PASS dtks-check (inquiry)").contains("PASS dtks-registration (application)")
                .contains("PASS pbi-reactivation (application)").contains("OK 3 of 3 service(s) passed");
    }

    @Test
    void aWrongKeyFailsEveryServiceInTheAgencysWords() {
        KitRun run = KitRun.of("test", "dinsos", "--endpoint", dinsos(), "--profile", "sandbox",
                "--set", "mpp.agency.dinsos.api-key=not-the-dinsos-key");

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ConnectorCommand.PROBLEMS);
        assertThat(run.out()).contains("FAIL dtks-check (inquiry)").contains("API key tidak dikenali")
                .contains("FAILED 0 of 3 service(s) passed").doesNotContain("not-the-dinsos-key");
    }

    @Test
    void withoutAnEndpointItExplainsItsUsage() {
        KitRun run = KitRun.of("test", "dinsos");

        assertThat(run.exitCode()).isEqualTo(ConnectorCommand.USAGE);
        assertThat(run.out()).contains("--endpoint");
    }
}
