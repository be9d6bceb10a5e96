package id.go.tangerangkota.mpp.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import id.go.tangerangkota.mpp.hub.HubApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ProductionSafetyTest {

    private static final String DEMO_ADMIN_KEY_HASH = "5c161f5f04c9b137480e22d0d08608efd7469116270a0ee7d6a984bfd3cdd6ca";

    @Test
    void aProductionStartWithDemoKeysIsRefusedNamingEachSettingButNoValue() {
        SpringApplicationBuilder hub = new SpringApplicationBuilder(HubApplication.class).profiles("production");

        assertThatThrownBy(() -> hub.run("--server.port=0", "--mpp.data-dir=./target/production-safety",
                "--mpp.sandbox.enabled=true",
                "--mpp.agency.dinsos.api-key=sandbox-dinsos-demo-key",
                "--mpp.agency.samsat.password=sandbox-samsat-password",
                "--mpp.agency.taspen.api-key=a-real-looking-key",
                "--mpp.security.clients[0].id=ops-admin", "--mpp.security.clients[0].role=ADMIN",
                "--mpp.security.clients[0].key-sha256=" + DEMO_ADMIN_KEY_HASH))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start under profile production")
                .hasMessageContaining("mpp.sandbox.enabled")
                .hasMessageContaining("mpp.agency.dinsos.api-key")
                .hasMessageContaining("mpp.agency.samsat.password")
                .hasMessageContaining("mpp.security.clients[0].key-sha256 (client ops-admin)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("mpp.agency.taspen.api-key")
                        .doesNotContain("sandbox-dinsos-demo-key").doesNotContain(DEMO_ADMIN_KEY_HASH));
    }

    @Test
    void theSandboxProfileAlongsideProductionIsRefused() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("production", "sandbox");

        assertThatThrownBy(() -> ProductionSafety.check(environment))
                .hasMessageContaining("spring.profiles.active (sandbox)");
    }

    @Test
    void productionWithItsOwnValuesPassesAndOtherProfilesAreNotChecked() {
        StandardEnvironment production = new StandardEnvironment();
        production.setActiveProfiles("production");
        production.getPropertySources().addFirst(new MapPropertySource("real", Map.of(
                "mpp.agency.dinsos.api-key", "k-8f2c1d", "mpp.security.nik-hash-key", "a-long-real-secret",
                "mpp.security.clients[0].id", "ops", "mpp.security.clients[0].key-sha256", "00ff")));
        assertThatCode(() -> ProductionSafety.check(production)).doesNotThrowAnyException();

        StandardEnvironment local = new StandardEnvironment();
        local.getPropertySources().addFirst(new MapPropertySource("demo",
                Map.of("mpp.agency.dinsos.api-key", "sandbox-dinsos-demo-key")));
        assertThatCode(() -> ProductionSafety.check(local)).doesNotThrowAnyException();
    }

    @Test
    void theDemoValuesComeFromTheSandboxFileAndLeaveItsAddressesOut() {
        Map<String, String> demo = ProductionSafety.demoValues();

        assertThat(demo).containsEntry("mpp.agency.dinsos.api-key", "sandbox-dinsos-demo-key")
                .containsEntry("mpp.security.nik-hash-key", "sandbox-demo-nik-hash-key-not-for-production")
                .containsKey("mpp.agency.bank-bjb.private-key")
                .doesNotContainKey("mpp.agency.dinsos.url")
                .doesNotContainKey("mpp.agency.pln.applications-url");
    }
}
