package id.go.tangerangkota.mpp.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.api.OpenApiDocument;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;

/**
 * Who may call what, through the real API: every operation of the OpenAPI document with every role,
 * an invalid key and none; an agency team's key kept to its own agency; counters kept to their
 * site's rights and requests.
 */
class AccessControlIT extends HubIntegrationTest {

    private static final String OTHER_AGENCY = "dinsos";
    private static final Map<Role, String> KEYS = Map.of(
            Role.COUNTER, HubClient.COUNTER_MPP_KEY,
            Role.AGENCY, HubClient.AGENCY_SAMSAT_KEY,
            Role.INTEGRATOR, HubClient.INTEGRATOR_KEY,
            Role.ADMIN, HubClient.ADMIN_KEY);

    @Autowired
    private ResourceLoader resources;

    @Test
    void everyOperationAnswersEachRoleAsItsDeclaredRuleSays() throws Exception {
        OperationRules rules;
        try (InputStream in = resources.getResource(OpenApiDocument.LOCATION).getInputStream()) {
            rules = OperationRules.read(in);
        }
        assertThat(rules.all()).as("operations in the document").hasSizeGreaterThanOrEqualTo(24);
        List<String> walked = new ArrayList<>();
        try {
            for (OperationRules.Operation op : rules.all()) {
                String path = "/api/v1" + samplePath(op, "samsat");
                Answer none = new HubClient(port, null).send(op.method(), path, body(op));
                Answer forged = new HubClient(port, "not-a-key-" + UUID.randomUUID()).send(op.method(), path, body(op));
                if (op.isPublic()) {
                    assertThat(none.status()).as(op.id() + " without a key").isNotIn(401, 403);
                    walked.add(op.id());
                    continue;
                }
                assertThat(none.status()).as(op.id() + " without a key").isEqualTo(401);
                assertThat(forged.status()).as(op.id() + " with a wrong key").isEqualTo(401);
                assertThat(none.contentType()).startsWith("application/problem+json");
                for (Role role : Role.values()) {
                    Answer a = new HubClient(port, KEYS.get(role)).send(op.method(), path, body(op));
                    if (op.allows(role)) {
                        assertThat(a.status()).as(op.id() + " as " + role + ": " + a.body()).isNotIn(401, 403);
                    } else {
                        assertThat(a.status()).as(op.id() + " as " + role).isEqualTo(403);
                        assertThat(a.json().path("type").asText()).endsWith("/forbidden");
                    }
                }
                if (op.ownAgencyOnly()) {
                    Answer foreign = new HubClient(port, HubClient.AGENCY_SAMSAT_KEY).send(op.method(),
                            "/api/v1" + samplePath(op, OTHER_AGENCY), body(op));
                    assertThat(foreign.status()).as(op.id() + " by samsat's team on dinsos").isEqualTo(403);
                }
                walked.add(op.id());
            }
        } finally {
            new HubClient(port, HubClient.ADMIN_KEY).post("/api/v1/admin/connectors/samsat/deliveries/resume", "");
        }
        assertThat(walked).contains("submitServiceRequest", "listConnectors", "replayDeadLetter", "createClient",
                "trackApplication", "getOpenApiDocument");
    }

    @Test
    void anAgencyTeamSeesOnlyItsOwnConnectorFailuresAndRoutes() {
        HubClient samsat = new HubClient(port, HubClient.AGENCY_SAMSAT_KEY);

        Answer connectors = samsat.get("/api/v1/admin/connectors");
        assertThat(connectors.status()).isEqualTo(200);
        assertThat(connectors.json().path("agencies")).hasSize(1);
        assertThat(connectors.json().path("agencies").get(0).path("agency").asText()).isEqualTo("samsat");

        Answer routes = samsat.get("/api/v1/admin/routes");
        assertThat(routes.status()).isEqualTo(200);
        assertThat(routes.json().path("routes").size()).isPositive();
        routes.json().path("routes").forEach(r -> assertThat(r.path("agency").asText()).isEqualTo("samsat"));

        assertThat(samsat.get("/api/v1/admin/failures").status()).isEqualTo(200);
        assertThat(samsat.get("/api/v1/admin/failures?agency=dinsos").status()).isEqualTo(403);
        assertThat(samsat.get("/api/v1/admin/connectors/dinsos").status()).isEqualTo(403);
        assertThat(samsat.get("/api/v1/requests?agency=dinsos").status()).isEqualTo(403);

        Answer all = new HubClient(port, HubClient.INTEGRATOR_KEY).get("/api/v1/admin/connectors");
        assertThat(all.json().path("agencies")).hasSize(17);
    }

    @Test
    void countersCallOnlyWhatTheirSiteIsGrantedAndSeeOnlyTheirSitesRequests() {
        HubClient karawaci = new HubClient(port, HubClient.COUNTER_KARAWACI_KEY);
        String plate = HubClient.citizenBody("3671011203850001", "{\"plateNumber\":\"B 1234 CVA\"}");

        Answer refused = karawaci.post("/api/v1/agencies/samsat/services/pkb-inquiry", plate);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asText()).contains("kec-karawaci", "samsat/pkb-inquiry");
        assertThat(counter.post("/api/v1/agencies/samsat/services/pkb-inquiry", plate).status())
                .as("the MPP building may call Samsat").isNotIn(401, 403);

        String registration = counter.get("/api/v1/agencies/dinsos/services/dtks-registration").json()
                .path("example").toString();
        Answer accepted = counter.post("/api/v1/agencies/dinsos/services/dtks-registration", registration);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.header("Location");
        String requestId = accepted.json().path("requestId").asText();

        assertThat(counter.get(location).status()).isEqualTo(200);
        assertThat(new HubClient(port, HubClient.INTEGRATOR_KEY).get(location).status()).isEqualTo(200);
        assertThat(karawaci.get(location).status()).as("another site's request").isEqualTo(404);
        assertThat(new HubClient(port, HubClient.AGENCY_SAMSAT_KEY).get(location).status())
                .as("another agency's request").isEqualTo(404);

        assertThat(ids(counter.get("/api/v1/requests?agency=dinsos&size=100"))).contains(requestId);
        Answer karawaciSearch = karawaci.get("/api/v1/requests?size=100");
        assertThat(ids(karawaciSearch)).doesNotContain(requestId);
        karawaciSearch.json().path("items").forEach(i -> assertThat(i.path("site").asText()).isEqualTo("kec-karawaci"));
    }

    @Test
    void clientsAreMadeGivenNewKeysDisabledAndEnabledByAnAdmin() {
        HubClient admin = new HubClient(port, HubClient.ADMIN_KEY);
        String id = "kel-cibodas-" + Long.toString(System.nanoTime(), 36);

        Answer made = admin.post("/api/v1/admin/clients",
                "{\"id\":\"" + id + "\",\"role\":\"COUNTER\",\"site\":\"kec-karawaci\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.header("Location")).isEqualTo("/api/v1/admin/clients/" + id);
        String key = made.json().path("apiKey").asText();
        assertThat(key).startsWith("mpp_").hasSizeGreaterThan(40);
        assertThat(new HubClient(port, key).get("/api/v1/agencies").status()).isEqualTo(200);

        Answer list = admin.get("/api/v1/admin/clients");
        assertThat(list.body()).doesNotContain(key).doesNotContain(ApiKeys.sha256(key));
        JsonNode listed = null;
        for (JsonNode c : list.json().path("clients")) {
            if (c.path("id").asText().equals(id)) {
                listed = c;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("source").asText()).isEqualTo("api");
        assertThat(listed.path("createdBy").asText()).isEqualTo("demo-admin");
        assertThat(listed.path("keyFingerprint").asText()).isEqualTo(ApiKeys.sha256(key).substring(0, 8));

        Answer replaced = admin.post("/api/v1/admin/clients/" + id + "/key", "");
        String newKey = replaced.json().path("apiKey").asText();
        assertThat(new HubClient(port, key).get("/api/v1/agencies").status()).as("old key").isEqualTo(401);
        assertThat(new HubClient(port, newKey).get("/api/v1/agencies").status()).isEqualTo(200);

        assertThat(admin.post("/api/v1/admin/clients/" + id + "/disable", "").status()).isEqualTo(200);
        assertThat(new HubClient(port, newKey).get("/api/v1/agencies").status()).as("disabled").isEqualTo(401);
        assertThat(admin.post("/api/v1/admin/clients/" + id + "/enable", "").status()).isEqualTo(200);
        assertThat(new HubClient(port, newKey).get("/api/v1/agencies").status()).isEqualTo(200);

        assertThat(admin.post("/api/v1/admin/clients", "{\"id\":\"" + id + "\",\"role\":\"INTEGRATOR\"}").status())
                .as("ids are never reused").isEqualTo(409);
        assertThat(admin.post("/api/v1/admin/clients/demo-counter-mpp/disable", "").status())
                .as("configured clients change in the configuration").isEqualTo(409);
        assertThat(admin.post("/api/v1/admin/clients/nobody-here/disable", "").status()).isEqualTo(404);

        Answer invalid = admin.post("/api/v1/admin/clients",
                "{\"id\":\"X\",\"role\":\"AGENCY\",\"agency\":\"kua\",\"requestsPerSecond\":0,\"isAdmin\":true}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").findValuesAsText("field"))
                .contains("id", "agency", "requestsPerSecond", "isAdmin");
        assertThat(admin.post("/api/v1/admin/clients", "{\"id\":\"x-y-z\",\"role\":\"COUNTER\"}")
                .json().path("errors").findValuesAsText("field")).containsExactly("site");
    }

    private static List<String> ids(Answer search) {
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        search.json().path("items").forEach(i -> ids.add(i.path("requestId").asText()));
        return ids;
    }

    /** A path for the operation with harmless values: the agency given, a real service, unknown ids. */
    private static String samplePath(OperationRules.Operation op, String agency) {
        String path = op.template();
        for (String p : op.pathParameters()) {
            String value = switch (p) {
                case "agency" -> agency;
                case "service" -> agency.equals("samsat") ? "pkb-inquiry" : "dtks-check";
                case "requestId" -> UUID.randomUUID().toString();
                case "trackingCode" -> "MPP-AAAA-BBBB-CCCC";
                case "clientId" -> "nobody-here";
                case "nik" -> "3671011203850001";
                default -> "x";
            };
            path = path.replace("{" + p + "}", value);
        }
        return path;
    }

    /** An empty JSON object for POSTs (allowed roles then get a 400 or an action on nothing). */
    private static String body(OperationRules.Operation op) {
        return op.method().equals("POST") ? "{}" : null;
    }
}
