package id.go.tangerangkota.mpp.hub.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConnectorRoutesNamesTest {

    private static final List<String> SLUGS = List.of("bpjs", "bpjs-kesehatan", "pln");

    @Test
    void aRouteBelongsToTheAgencyWithTheLongestMatchingSlug() {
        assertThat(ConnectorRoutes.agencyOf("call-bpjs-kesehatan-participant", SLUGS)).contains("bpjs-kesehatan");
        assertThat(ConnectorRoutes.agencyOf("call-bpjs-x", SLUGS)).contains("bpjs");
        assertThat(ConnectorRoutes.agencyOf("deliver-pln", SLUGS)).contains("pln");
        assertThat(ConnectorRoutes.agencyOf("deliver-plnx", SLUGS)).isEmpty();
        assertThat(ConnectorRoutes.agencyOf("api-listConnectors", SLUGS)).isEmpty();
    }
}
