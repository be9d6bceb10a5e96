package id.go.tangerangkota.mpp.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class OperationRulesTest {

    private static OperationRules read(String yaml) throws IOException {
        return OperationRules.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theApiDocumentDeclaresARuleForEveryOperation() throws IOException {
        OperationRules rules;
        try (InputStream in = Files.newInputStream(Path.of("routes/api/counter-api-v1.openapi.yaml"))) {
            rules = OperationRules.read(in);
        }
        assertThat(rules.all()).allSatisfy(op -> assertThat(op.isPublic() || !op.roles().isEmpty()).as(op.id()).isTrue());
        assertThat(rules.all().stream().filter(OperationRules.Operation::isPublic).map(OperationRules.Operation::id))
                .containsExactlyInAnyOrder("getOpenApiDocument", "trackApplication");
        assertThat(rules.find("POST", "/api/v1/agencies/samsat/services/pkb-inquiry").orElseThrow().id())
                .isEqualTo("submitServiceRequest");
        assertThat(rules.find("GET", "/api/v1/agencies/samsat/services/pkb-inquiry").orElseThrow().id())
                .isEqualTo("getAgencyService");
        assertThat(rules.find("DELETE", "/api/v1/agencies")).isEmpty();
        assertThat(rules.find("GET", "/api/v1/agencies/samsat/services/pkb-inquiry/extra")).isEmpty();
        OperationRules.Operation replay = rules.find("POST",
                "/api/v1/admin/connectors/samsat/dead-letters/replay").orElseThrow();
        assertThat(replay.id()).as("a literal segment wins over {requestId}").isEqualTo("replayDeadLetters");
        assertThat(replay.pathValue("/admin/connectors/samsat/dead-letters/replay", "agency")).hasValue("samsat");
        assertThat(replay.ownAgencyOnly()).isTrue();
    }

    @Test
    void anOperationWithoutRolesStopsTheHub() {
        assertThatThrownBy(() -> read("""
                paths:
                  /things:
                    get:
                      operationId: listThings
                """)).hasMessageContaining("listThings").hasMessageContaining("x-mpp-roles");
        assertThatThrownBy(() -> read("""
                paths:
                  /things:
                    get:
                      operationId: listThings
                      x-mpp-roles: [COUNTER, SUPERUSER]
                """)).hasMessageContaining("SUPERUSER");
        assertThatThrownBy(() -> read("""
                paths:
                  /things:
                    get:
                      operationId: listThings
                      x-mpp-roles: [AGENCY]
                      x-mpp-own-agency: true
                """)).hasMessageContaining("{agency}");
    }
}
