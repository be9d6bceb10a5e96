package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.HubApplication;
import id.go.tangerangkota.mpp.hub.kit.KitRun;
import id.go.tangerangkota.mpp.hub.support.CatalogueWalk;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.LibraryBackend;
import id.go.tangerangkota.mpp.hub.support.LibraryConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The connector kit as an agency IT team and the integrators use it, on a running hub whose
 * connectors and mappings are folders (a copy of the repository's):
 * <ol>
 * <li>Samsat's descriptor is broken: Samsat alone is disabled, with its error in the agency list,
 *     and every service of the other 16 agencies still answers its catalogue example.</li>
 * <li>A new, fictitious agency (Dispusip, the city library; not one of the 17) is added by copying
 *     {@code connectors/_template/} and {@code mappings/_template/} and filling in descriptor and
 *     mappings only; {@code connector validate} passes; after a reload the hub serves it end to end
 *     against a back end the test starts. No Java of the hub changes.</li>
 * <li>A reload while applications wait in the agency's queue loses none and delivers each once,
 *     through the changed mapping.</li>
 * <li>A reload of broken files is refused and the running version keeps serving; mending Samsat's
 *     file and reloading brings Samsat back.</li>
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectorKitIT {

    private static final String SAMSAT_PROTOCOL_LINE = "protocol: soap\n";

    private Path connectors;
    private Path mappings;
    private LibraryBackend library;
    private ConfigurableApplicationContext hub;
    private HubClient counter;
    private HubClient admin;

    @BeforeAll
    void start() throws IOException {
        Path root = Files.createTempDirectory("connector-kit-it");
        connectors = root.resolve("connectors");
        mappings = root.resolve("mappings");
        FileTrees.copy(Path.of("connectors"), connectors);
        FileTrees.copy(Path.of("mappings"), mappings);
        Path samsat = connectors.resolve("samsat/connector.yaml");
        String descriptor = Files.readString(samsat);
        assertThat(descriptor).contains(SAMSAT_PROTOCOL_LINE);
        Files.writeString(samsat, descriptor.replace(SAMSAT_PROTOCOL_LINE, ""));

        library = new LibraryBackend();
        Path dataDir = Path.of("target/it-data", System.getProperty("mpp.test.run", "local"), "connector-kit");
        hub = new SpringApplicationBuilder(HubApplication.class).profiles("sandbox").run("--server.port=0",
                "--mpp.sandbox.port=0", "--mpp.data-dir=" + dataDir.toAbsolutePath(),
                "--mpp.locations.connectors=file:" + connectors.toAbsolutePath(),
                "--mpp.locations.mappings=file:" + mappings.toAbsolutePath(),
                // The new agency's settings, given to the hub as operations would (environment or config).
                "--mpp.agency.dispusip.url=" + library.url(),
                "--mpp.agency.dispusip.api-key=" + LibraryBackend.KEY);
        int port = ((WebServerApplicationContext) hub).getWebServer().getPort();
        counter = new HubClient(port, HubClient.COUNTER_MPP_KEY);
        admin = new HubClient(port, HubClient.ADMIN_KEY);
    }

    @AfterAll
    void stop() {
        hub.close();
        library.close();
    }

    @Test
    @Order(1)
    void aBrokenDescriptorDisablesOnlyItsAgencyAndTheOtherSixteenServeEveryService() {
        JsonNode agencies = counter.get("/api/v1/agencies").json().path("agencies");
        assertThat(agencies).hasSize(17);
        JsonNode samsat = find(agencies, "samsat");
        assertThat(samsat.path("state").asText()).isEqualTo("invalid");
        assertThat(samsat.path("problems")).anySatisfy(p -> {
            assertThat(p.path("file").asText()).isEqualTo("connectors/samsat/connector.yaml");
            assertThat(p.path("field").asText()).isEqualTo("protocol");
            assertThat(p.path("fix").asText()).startsWith("add 'protocol'");
        });
        Answer samsatCall = counter.post("/api/v1/agencies/samsat/services/pkb-inquiry",
                "{\"citizen\":{\"nik\":\"3671011203850001\"},\"data\":{}}");
        assertThat(samsatCall.status()).isEqualTo(503);
        assertThat(samsatCall.json().path("type").asText()).endsWith("/connector-invalid");
        JsonNode connectorsHealth = counter.get("/actuator/health").json().at("/components/connectors/components");
        assertThat(connectorsHealth.path("samsat").path("status").asText()).isEqualTo("DISABLED");
        assertThat(connectorsHealth.path("taspen").path("status").asText()).isEqualTo("UP");

        List<String> walked = CatalogueWalk.walk(counter, slug -> !slug.equals("samsat"));

        assertThat(walked.stream().map(s -> s.substring(0, s.indexOf('/'))).distinct()).hasSize(16);
    }

    @Test
    @Order(2)
    void aNewAgencyCopiedFromTheTemplateIsServedEndToEndAfterAReloadWithoutJava() throws IOException {
        Path folder = connectors.resolve("dispusip");
        Path agencyMappings = mappings.resolve("dispusip");
        FileTrees.copy(connectors.resolve("_template"), folder);
        FileTrees.copy(mappings.resolve("_template"), agencyMappings);
        assertThat(counter.get("/api/v1/agencies/dispusip/services").status()).isEqualTo(404);

        // Step 1: the descriptor in the catalogue, not enabled yet (the counter sees it coming).
        Files.writeString(folder.resolve("connector.yaml"), libraryDescriptor()
                .replace("enabled: true", "enabled: false\ndisabledReason: \"Segera hadir: layanan perpustakaan di MPP\""));
        Answer first = reload("dispusip");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("state").asText()).isEqualTo("not-enabled");
        Answer waiting = counter.post("/api/v1/agencies/dispusip/services/member-status", memberStatus("3671011203850001"));
        assertThat(waiting.status()).isEqualTo(503);
        assertThat(waiting.json().path("type").asText()).endsWith("/connector-not-enabled");
        assertThat(waiting.header("Retry-After")).isNotNull();

        // Step 2: descriptor and mappings filled in, checked with the kit, reloaded.
        Files.writeString(folder.resolve("connector.yaml"), libraryDescriptor());
        try (Stream<Path> templateSamples = Files.list(agencyMappings.resolve("samples"))) {
            for (Path p : (Iterable<Path>) templateSamples::iterator) {
                Files.delete(p);
            }
        }
        for (String file : List.of("status-check.request.jsonata", "status-check.response.jsonata",
                "registration.request.jsonata", "registration.response.jsonata")) {
            Files.delete(agencyMappings.resolve(file));
        }
        FileTrees.copy(Path.of("src/test/resources/kit/dispusip"), agencyMappings);
        KitRun validate = KitRun.of("validate", folder.toString());
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("OK connector dispusip").contains("2 golden sample pair(s)");

        Answer reloaded = reload("dispusip");
        assertThat(reloaded.status()).as(reloaded.body()).isEqualTo(200);
        assertThat(reloaded.json().path("state").asText()).isEqualTo("available");
        assertThat(reloaded.json().path("applied").asBoolean()).isTrue();

        JsonNode listed = find(counter.get("/api/v1/agencies").json().path("agencies"), "dispusip");
        assertThat(listed.path("state").asText()).isEqualTo("available");
        Answer status = counter.post("/api/v1/agencies/dispusip/services/member-status", memberStatus("3671011203850001"));
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(status.json().path("result").path("status").asText()).isEqualTo("ACTIVE");
        assertThat(status.json().path("result").path("reference").asText()).isEqualTo("PUS-3671-0001");
        Answer unknown = counter.post("/api/v1/agencies/dispusip/services/member-status", memberStatus("3671061010909999"));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);

        Answer applied = counter.post("/api/v1/agencies/dispusip/services/membership", membership());
        assertThat(applied.status()).as(applied.body()).isEqualTo(202);
        Answer done = awaitEnd(applied.header("Location"));
        assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
        assertThat(done.json().path("result").path("documentType").asText()).isEqualTo("KARTU_ANGGOTA");
        String requestId = done.json().path("requestId").asText();
        assertThat(library.callsWith(requestId)).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aReloadWhileApplicationsWaitInTheQueueLosesNoneAndUsesTheChangedMapping() throws IOException {
        int before = library.registrations();
        library.failing(true);
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Answer a = counter.post("/api/v1/agencies/dispusip/services/membership", membership());
            assertThat(a.status()).as(a.body()).isEqualTo(202);
            locations.add(a.header("Location"));
        }
        // The back end refuses while the team changes its mapping; the applications wait in the queue.
        Path response = mappings.resolve("dispusip/membership.response.jsonata");
        Files.writeString(response, Files.readString(response)
                .replace("\"KARTU_ANGGOTA\"", "\"KARTU_ANGGOTA_PERPUSTAKAAN\""));
        Answer reloaded = reload("dispusip");
        assertThat(reloaded.status()).as(reloaded.body()).isEqualTo(200);
        library.failing(false);

        for (String location : locations) {
            Answer done = awaitEnd(location);
            assertThat(done.json().path("status").asText()).as(done.body()).isEqualTo("COMPLETED");
            assertThat(done.json().path("result").path("documentType").asText()).isEqualTo("KARTU_ANGGOTA_PERPUSTAKAAN");
            assertThat(library.callsWith(done.json().path("requestId").asText())).as("delivered once").isEqualTo(1);
        }
        assertThat(library.registrations() - before).as("one registration per application").isEqualTo(5);
    }

    @Test
    @Order(4)
    void aReloadOfBrokenFilesIsRefusedAndTheRunningVersionKeepsServing() throws IOException {
        Path mapping = mappings.resolve("dispusip/member-status.response.jsonata");
        String good = Files.readString(mapping);
        Files.writeString(mapping, good.replace("rc = \"00\" ?", "rc = = \"00\" ?"));

        Answer refused = reload("dispusip");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("type").asText()).endsWith("/connector-reload-refused");
        assertThat(refused.json().path("problems")).anySatisfy(p -> {
            assertThat(p.path("file").asText()).isEqualTo("mappings/dispusip/member-status.response.jsonata");
            assertThat(p.path("message").asText()).contains("JSONata does not compile").contains("line");
        });
        Answer still = counter.post("/api/v1/agencies/dispusip/services/member-status", memberStatus("3671011203850001"));
        assertThat(still.status()).as(still.body()).isEqualTo(200);
        Files.writeString(mapping, good);
    }

    @Test
    @Order(5)
    void mendingTheBrokenDescriptorAndReloadingBringsSamsatBack() throws IOException {
        Files.copy(Path.of("connectors/samsat/connector.yaml"), connectors.resolve("samsat/connector.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Answer reloaded = reload("samsat");

        assertThat(reloaded.status()).as(reloaded.body()).isEqualTo(200);
        assertThat(reloaded.json().path("state").asText()).isEqualTo("available");
        assertThat(CatalogueWalk.walk(counter, slug -> slug.equals("samsat"))).isNotEmpty();
    }

    @Test
    @Order(6)
    void onlyAnAdminMayReloadAndOnlyAnExistingFolder() {
        HubClient integrator = new HubClient(((WebServerApplicationContext) hub).getWebServer().getPort(),
                HubClient.INTEGRATOR_KEY);
        assertThat(counter.post("/api/v1/admin/connectors/taspen/reload", "").status()).isEqualTo(403);
        assertThat(integrator.post("/api/v1/admin/connectors/taspen/reload", "").status()).isEqualTo(403);
        // The role is the hub's, from the key: a counter cannot claim another one.
        assertThat(counter.post("/api/v1/admin/connectors/taspen/reload?X-Mpp-Client-Role=ADMIN", "").status())
                .isIn(400, 403);
        Answer none = reload("no-such-agency");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().path("type").asText()).endsWith("/unknown-agency");
        assertThat(reload("Not_A_Slug").status()).isEqualTo(400);
    }

    @Test
    @Order(7)
    void aReloadNeedsNoBodyAndNoContentTypeAsCurlSendsIt() throws IOException {
        int port = ((WebServerApplicationContext) hub).getWebServer().getPort();
        // What `curl -X POST -H 'X-API-Key: ...' .../reload` sends: no Content-Length, no Content-Type.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("POST /api/v1/admin/connectors/taspen/reload HTTP/1.1\r\n"
                    + "Host: localhost\r\nX-API-Key: " + HubClient.ADMIN_KEY + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"state\":\"available\"");
        }
        // A counter key with a forged role header is still a counter.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("POST /api/v1/admin/connectors/taspen/reload HTTP/1.1\r\n"
                    + "Host: localhost\r\nX-API-Key: " + HubClient.COUNTER_MPP_KEY + "\r\nX-Mpp-Client-Role: ADMIN\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 403");
        }
    }

    private Answer reload(String slug) {
        return admin.post("/api/v1/admin/connectors/" + slug + "/reload", "");
    }

    private Answer awaitEnd(String location) {
        return counter.await(location, r -> !r.json().path("status").asText().matches("RECEIVED|QUEUED|DISPATCHED"),
                Duration.ofSeconds(60));
    }

    /** The template's descriptor filled in by the library's IT team: names, paths, header, services. */
    private String libraryDescriptor() throws IOException {
        return LibraryConnector.descriptor(connectors, "dispusip");
    }

    private static String memberStatus(String nik) {
        return "{\"citizen\":{\"nik\":\"" + nik + "\"},\"data\":{\"purpose\":\"Cek keanggotaan perpustakaan\"}}";
    }

    private static String membership() {
        return "{\"citizen\":{\"nik\":\"3671055208920002\"},\"data\":{\"category\":\"umum\",\"phone\":\"081312345678\"}}";
    }

    private static JsonNode find(JsonNode agencies, String slug) {
        for (JsonNode a : agencies) {
            if (a.path("id").asText().equals(slug)) {
                return a;
            }
        }
        throw new AssertionError("no agency " + slug + " in " + agencies);
    }

}
