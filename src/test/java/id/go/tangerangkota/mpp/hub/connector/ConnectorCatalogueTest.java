package id.go.tangerangkota.mpp.hub.connector;

import static id.go.tangerangkota.mpp.hub.support.SandboxConnectors.registry;
import static id.go.tangerangkota.mpp.hub.support.SandboxConnectors.sandboxEnvironment;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.protocol.NikRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.PropertySource;
import org.springframework.mock.env.MockEnvironment;

/**
 * The catalogue as shipped in connectors/: all 17 agencies, each descriptor valid against the
 * schema, every example valid against its service's input schema; and a broken descriptor reported
 * with its file and field while the others still load.
 */
class ConnectorCatalogueTest {

    static final List<String> AGENCIES = List.of("atr-bpn", "bank-bjb", "bapenda", "bnn", "bpjs-kesehatan",
            "bpjs-ketenagakerjaan", "bpkd", "dinsos", "disdukcapil", "disnaker", "kejari", "pdam",
            "pengadilan-agama", "pln", "polres", "samsat", "taspen");

    @Test
    void catalogueHoldsAllSeventeenAgenciesEachLiveExactlyWhenEnabled() {
        ConnectorRegistry registry = registry("file:connectors", sandboxEnvironment());

        assertThat(registry.all()).extracting(Connector::slug).containsExactlyInAnyOrderElementsOf(AGENCIES);
        for (Connector c : registry.all()) {
            assertThat(c.problems()).as(c.slug() + " problems").isEmpty();
            assertThat(c.state()).as(c.slug())
                    .isEqualTo(c.descriptor().enabled() ? ConnectorState.AVAILABLE : ConnectorState.NOT_ENABLED);
        }
        assertThat(registry.find("disdukcapil").orElseThrow().state()).isEqualTo(ConnectorState.AVAILABLE);
    }

    @Test
    void everyServiceHasCatalogueFieldsAndAnExampleThatSatisfiesItsInputSchema() {
        ConnectorRegistry registry = registry("file:connectors", sandboxEnvironment());
        int services = 0;
        for (Connector c : registry.all()) {
            for (ConnectorDescriptor.Service s : c.descriptor().services()) {
                services++;
                String at = c.slug() + "/" + s.id();
                assertThat(s.requirements()).as(at + " persyaratan").isNotNull();
                assertThat(s.sla().path("value").asInt()).as(at + " SLA").isPositive();
                assertThat(s.fee().path("currency").asText()).as(at + " fee").isEqualTo("IDR");
                JsonNode example = s.example();
                assertThat(NikRules.problems(example.path("citizen").path("nik").asText())).as(at).isEmpty();
                assertThat(JsonSchemas.validate(c.inputs().get(s.id()), example.path("data"), "data"))
                        .as(at + " example").isEmpty();
            }
        }
        assertThat(services).isGreaterThanOrEqualTo(40);
    }

    @Test
    void brokenDescriptorIsReportedWithFileAndFieldAndOthersStillLoad(@TempDir Path dir) throws IOException {
        FileTrees.copy(Path.of("connectors"), dir);
        Path broken = dir.resolve("disdukcapil/connector.yaml");
        Files.writeString(broken, Files.readString(broken).replace("mode: inquiry", "mode: sometimes"));
        Files.createDirectories(dir.resolve("taspen"));
        Files.writeString(dir.resolve("taspen/connector.yaml"), "id: taspen\nname: [unclosed");

        ConnectorRegistry registry = registry("file:" + dir, sandboxEnvironment());

        Connector disdukcapil = registry.find("disdukcapil").orElseThrow();
        assertThat(disdukcapil.state()).isEqualTo(ConnectorState.INVALID);
        assertThat(disdukcapil.problems()).anySatisfy(p -> assertThat(p.toString())
                .contains("connectors/disdukcapil/connector.yaml").contains("services[0].mode"));
        Connector taspen = registry.find("taspen").orElseThrow();
        assertThat(taspen.state()).isEqualTo(ConnectorState.INVALID);
        assertThat(taspen.problems()).anySatisfy(p -> assertThat(p.toString()).contains("not valid YAML").contains("line"));
        ConnectorRegistry intact = registry("file:connectors", sandboxEnvironment());
        for (Connector c : registry.all()) {
            if (!c.slug().equals("disdukcapil") && !c.slug().equals("taspen")) {
                assertThat(c.state()).as(c.slug() + " unaffected")
                        .isEqualTo(intact.find(c.slug()).orElseThrow().state());
            }
        }
    }

    @Test
    void enabledConnectorWithoutItsSecretIsInvalidAndNamesTheEnvironmentVariable() {
        MockEnvironment environment = sandboxEnvironment();
        environment.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("unset",
                java.util.Map.of("mpp.agency.disdukcapil.password", "")));

        Connector disdukcapil = registry("file:connectors", environment).find("disdukcapil").orElseThrow();

        assertThat(disdukcapil.state()).isEqualTo(ConnectorState.INVALID);
        assertThat(disdukcapil.problems()).anySatisfy(p -> assertThat(p.toString())
                .contains("auth.secrets.password").contains("MPP_AGENCY_DISDUKCAPIL_PASSWORD"));
    }

    @Test
    void secretValuesWrittenIntoADescriptorAreRefused(@TempDir Path dir) throws IOException {
        FileTrees.copy(Path.of("connectors"), dir);
        Path file = dir.resolve("disdukcapil/connector.yaml");
        Files.writeString(file, Files.readString(file)
                .replace("password: ${mpp.agency.disdukcapil.password}", "password: hunter2"));

        Connector disdukcapil = registry("file:" + dir, sandboxEnvironment()).find("disdukcapil").orElseThrow();

        assertThat(disdukcapil.state()).isEqualTo(ConnectorState.INVALID);
        assertThat(disdukcapil.problems()).anySatisfy(p -> assertThat(p.toString()).contains("auth.secrets.password"));
        assertThat(disdukcapil.problems().toString()).doesNotContain("hunter2");
    }

}
