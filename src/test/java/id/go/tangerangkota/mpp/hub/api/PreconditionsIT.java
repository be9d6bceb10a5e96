package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.HubApplication;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A service that requires a check at another agency, declared in its descriptor only: here a copy
 * of the connectors makes Disdukcapil's verification require an active BPJS Kesehatan membership
 * (as SKCK does), asked of the BPJS Kesehatan sandbox through the hub's own routes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreconditionsIT {

    private static final String VERIFY = "/api/v1/agencies/disdukcapil/services/nik-verify";

    private ConfigurableApplicationContext hub;
    private HubClient counter;

    @BeforeAll
    void start(@TempDir Path connectors) throws IOException {
        FileTrees.copy(Path.of("connectors"), connectors);
        Path descriptor = connectors.resolve("disdukcapil/connector.yaml");
        String yaml = Files.readString(descriptor);
        String call = "    call: {method: POST, path: /CALL_VERIFY_BY_ELEMEN}";
        String withCheck = yaml.replace(call, String.join("\n",
                "    preconditions:",
                "      - agency: bpjs-kesehatan",
                "        service: participant-by-nik",
                "        data: {serviceDate: \"{today}\"}",
                "        require: {field: active, equals: true}",
                "        refusal: \"Layanan ini memerlukan kepesertaan BPJS Kesehatan yang aktif\"",
                call));
        assertThat(withCheck).isNotEqualTo(yaml);
        Files.writeString(descriptor, withCheck);
        Path dataDir = Path.of("target/it-data", System.getProperty("mpp.test.run", "local"), "preconditions");
        hub = new SpringApplicationBuilder(HubApplication.class).profiles("sandbox").run("--server.port=0",
                "--mpp.sandbox.port=0", "--mpp.data-dir=" + dataDir.toAbsolutePath(),
                "--mpp.locations.connectors=file:" + connectors.toAbsolutePath());
        counter = new HubClient(((WebServerApplicationContext) hub).getWebServer().getPort(), HubClient.COUNTER_MPP_KEY);
    }

    @AfterAll
    void stop() {
        hub.close();
    }

    private static String verify(String nik, String name) {
        return "{\"citizen\":{\"nik\":\"" + nik + "\"},\"data\":{\"purpose\":\"Verifikasi pemohon\","
                + "\"elements\":{\"fullName\":\"" + name + "\"}}}";
    }

    @Test
    void anActiveMemberPassesTheCheck() {
        Answer a = counter.post(VERIFY, verify("3671011203850001", "Budi Santoso"));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("result").path("nikFound").asBoolean()).isTrue();
    }

    @Test
    void anInactiveMemberIsRefusedWithTheServicesOwnWords() {
        Answer a = counter.post(VERIFY, verify("3671116304880006", "Rina Marlina"));

        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(a.json().path("type").asText()).endsWith("/precondition-not-met");
        assertThat(a.json().path("detail").asText()).isEqualTo("Layanan ini memerlukan kepesertaan BPJS Kesehatan yang aktif");
        assertThat(a.json().path("checkedAgency").asText()).isEqualTo("bpjs-kesehatan");
    }

    @Test
    void aCitizenWithoutAMembershipIsRefusedToo() {
        Answer a = counter.post(VERIFY, verify("3671013010570001", "Tanpa Kartu"));

        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(a.json().path("type").asText()).endsWith("/precondition-not-met");
    }

}
