package id.go.tangerangkota.mpp.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import id.go.tangerangkota.mpp.hub.resilience.AgencyGuards;
import id.go.tangerangkota.mpp.hub.sandbox.Fault;
import id.go.tangerangkota.mpp.hub.sandbox.HostileAnswer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile input across the whole API (issue 7, item 8): at least 500 generated hostile or malformed
 * requests over every operation of the OpenAPI document the hub serves (read at run time, so an
 * operation added later is fuzzed too), sent byte for byte over a socket with the sandbox keys of
 * every role, and the sandbox agencies switched to hostile mode (XXE, billion laughs, oversize and
 * deep answers). Every answer must be a clean refusal: see {@link #assertClean}.
 *
 * <p>Reproducible: the generator is a {@link Random} with the printed seed; run again with
 * {@code -Dmpp.fuzz.seed=<seed>} (and {@code -Dmpp.fuzz.requests=<n>}, default 600).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FuzzIT extends HubIntegrationTest {

    /** Every injected string carries it, so the database and the answers can be searched for it. */
    static final String MARK = "fuzzmark";
    private static final long SEED = Long.getLong("mpp.fuzz.seed", 7_2026L);
    private static final int REQUESTS = Integer.getInteger("mpp.fuzz.requests", 600);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUDI = "3671011203850001";
    private static final List<String> KEYS = List.of(HubClient.COUNTER_MPP_KEY, HubClient.COUNTER_KARAWACI_KEY,
            HubClient.INTEGRATOR_KEY, HubClient.ADMIN_KEY);
    /** What must never reach a client: stack traces, class names, SQL and its error codes. */
    private static final Pattern LEAK = Pattern.compile("at java\\.|at org\\.|Exception|org\\.springframework|org\\.apache"
            + "|org\\.h2|id\\.go\\.tangerangkota|java\\.lang|jakarta\\.|SQLState|SQL statement|JdbcSQL|PSQL|"
            + "\\bSELECT\\b|\\bINSERT\\b|\\bUPDATE [a-z_]+ SET\\b|\\bDELETE FROM\\b|syntax error|\\.java:\\d+|root:x:0:0");

    /** The refusals that say the answer's content was refused (not a wrong element or a failed call). */
    private static final Pattern REFUSED_FOR_ITS_CONTENT = Pattern.compile(
            "not acceptable SOAP|larger than the hub accepts|within the hub's limits|without a JSON answer");

    @Autowired
    SandboxServer sandbox;
    @Autowired
    AgencyGuards guards;
    @Autowired
    JdbcTemplate jdbc;

    /** One operation of the OpenAPI document. */
    record Operation(String id, String method, String path, List<String> pathParams, List<String> queryParams,
            boolean hasBody, boolean isPublic) {
        boolean mutates() {
            return !method.equals("GET") && !id.equals("submitServiceRequest");
        }
    }

    /** One generated request and what the hub may answer it. */
    record Probe(int n, Operation op, String category, boolean mustRefuse, String method, String target,
            List<String> headers, byte[] body) {
        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return "#" + n + " " + category + " " + op.id() + ": " + method + " " + abbreviate(target) + " "
                    + headers.stream().map(FuzzIT::abbreviate).toList() + " " + abbreviate(shown);
        }
    }

    @Test
    @Order(1)
    void everyOperationRefusesHostileAndMalformedRequestsCleanly() throws Exception {
        System.out.println("FuzzIT seed " + SEED + " (-Dmpp.fuzz.seed=" + SEED + " reproduces this run), "
                + REQUESTS + " requests");
        OffsetDateTime start = OffsetDateTime.now().minusSeconds(1);
        long requestsBefore = count("service_request");
        long historyBefore = count("request_history");
        long paymentsBefore = count("payment_in_flight");

        List<Operation> operations = operations();
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThanOrEqualTo(19);
        Catalogue catalogue = catalogue();
        Generator generator = new Generator(new Random(SEED), catalogue);

        Map<String, AtomicInteger> perOperation = new LinkedHashMap<>();
        Map<String, AtomicInteger> perCategory = new java.util.TreeMap<>();
        Map<Integer, AtomicInteger> perStatus = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        long began = System.nanoTime();
        for (int n = 0; n < REQUESTS; n++) {
            Operation op = operations.get(n % operations.size());
            Probe probe = generator.probe(n, op);
            RawHttp.Answer answer = RawHttp.send(port, probe.method(), probe.target(), probe.headers(), probe.body());
            perOperation.computeIfAbsent(op.id(), k -> new AtomicInteger()).incrementAndGet();
            perCategory.computeIfAbsent(probe.category(), k -> new AtomicInteger()).incrementAndGet();
            perStatus.computeIfAbsent(answer.status(), k -> new AtomicInteger()).incrementAndGet();
            String problem = assertClean(probe, answer);
            if (problem != null) {
                failures.add(problem + "\n    request " + probe + "\n    answer " + answer.status() + " "
                        + abbreviate(answer.head().replace("\r\n", " | ")) + " " + abbreviate(answer.body()));
            }
        }
        System.out.println("FuzzIT: " + REQUESTS + " requests in " + Duration.ofNanos(System.nanoTime() - began)
                .toMillis() + " ms; by operation " + perOperation + "; by kind " + perCategory + "; by status " + perStatus);

        assertThat(failures).as("answers that are not clean refusals (seed " + SEED + ")").isEmpty();
        assertThat(perCategory.keySet()).as("every kind of hostile request sent").containsExactlyInAnyOrder("auth",
                "body", "content-type", "header", "inject-value", "method", "nik", "path", "query", "raw-path");
        assertThat(perOperation.keySet()).as("every operation fuzzed")
                .containsExactlyInAnyOrderElementsOf(operations.stream().map(Operation::id).toList());
        assertDatabaseHoldsNothingFromTheFuzz(start, requestsBefore, historyBefore, paymentsBefore);
    }

    /**
     * The sandbox agencies switched to hostile mode, one of each wire style: Samsat (SOAP), PDAM
     * (REST-XML) and Dinsos (REST-JSON). Each attack is the agency's 502 problem; the external
     * entities are neither read (no {@code /etc/passwd} text anywhere) nor fetched (the probe this
     * test listens on is never called).
     */
    @Test
    @Order(2)
    void hostileAgencyAnswersAreTheAgencysErrorWithNothingReadOrFetched() throws Exception {
        AtomicInteger probeHits = new AtomicInteger();
        HttpServer probe = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        probe.createContext("/", exchange -> {
            probeHits.incrementAndGet();
            byte[] dtd = "<!ENTITY probed \"fetched\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        probe.start();
        String probeUrl = "http://127.0.0.1:" + probe.getAddress().getPort() + "/" + MARK;
        Map<String, String[]> inquiries = Map.of(
                "samsat", new String[] {"/api/v1/agencies/samsat/services/pkb-inquiry",
                        HubClient.citizenBody(BUDI, "{\"plateNumber\":\"B 1234 CVA\"}")},
                "pdam", new String[] {"/api/v1/agencies/pdam/services/bill-inquiry",
                        HubClient.citizenBody(BUDI, "{\"customerId\":\"0501012873\"}")},
                "dinsos", new String[] {"/api/v1/agencies/dinsos/services/dtks-check",
                        HubClient.citizenBody("3671116304880006", "{\"purpose\":\"Pengecekan status bansos\"}")});
        List<String> failures = new ArrayList<>();
        try {
            for (Map.Entry<String, String[]> agency : inquiries.entrySet()) {
                String slug = agency.getKey();
                for (HostileAnswer.Kind kind : HostileAnswer.Kind.values()) {
                    sandbox.faults().set(slug, Fault.hostile(new HostileAnswer(kind,
                            kind == HostileAnswer.Kind.XXE_HTTP ? probeUrl : null)));
                    guards.of(slug).circuit().reset();
                    HubClient.Answer a = counter.post(agency.getValue()[0], agency.getValue()[1]);
                    String where = slug + " answering " + kind.wireName() + ": " + a.status() + " " + abbreviate(a.body());
                    if (a.status() != 502 || !a.contentType().startsWith("application/problem+json")
                            || !a.json().path("type").asText().endsWith("/agency-error")
                            || !slug.equals(a.json().path("agency").asText())) {
                        failures.add("not the agency's 502 problem: " + where);
                    } else if (!REFUSED_FOR_ITS_CONTENT.matcher(a.json().path("detail").asText()).find()) {
                        failures.add("refused, but not for what it holds: " + where);
                    } else if (LEAK.matcher(a.body()).find() || a.body().contains("lollol") || a.body().contains("fetched")) {
                        failures.add("leaks what it parsed: " + where);
                    }
                }
            }
        } finally {
            for (String slug : inquiries.keySet()) {
                sandbox.faults().set(slug, Fault.NONE);
                guards.of(slug).circuit().reset();
            }
            probe.stop(0);
        }
        assertThat(failures).isEmpty();
        assertThat(probeHits.get()).as("external entities fetched from the probe").isZero();
        // Back to normal, each is served again.
        for (Map.Entry<String, String[]> agency : inquiries.entrySet()) {
            HubClient.Answer a = counter.post(agency.getValue()[0], agency.getValue()[1]);
            assertThat(a.status()).as(agency.getKey() + " after the attack: " + a.body()).isEqualTo(200);
        }
    }

    /**
     * Why an answer is not clean, or null when it is. Clean means: a 4xx (a request that must be
     * refused), or for a request the hub may serve (a hostile header it ignores, an injection string
     * as the value of a free-text field of an inquiry) a 2xx or 4xx; never a 5xx (no request of this
     * run reaches an agency that is down or closed: inquiries go to available connectors of the
     * sandbox, whose agencies answer around the clock; the hostile agency is the other test);
     * errors as application/problem+json with a type and their status; no stack trace, class name
     * or SQL; no header reflecting injected text, none split by a CR or LF.
     */
    static String assertClean(Probe probe, RawHttp.Answer a) {
        int s = a.status();
        if (s >= 500) {
            return "a " + s;
        }
        if (probe.mustRefuse() && s < 400) {
            return "accepted a request that must be refused (" + s + ")";
        }
        if (s >= 300 && s < 400) {
            return "a redirect";
        }
        String type = a.header("Content-Type");
        if (s >= 400 && (type == null || !type.startsWith("application/problem+json"))) {
            return "an error that is not problem+json (" + type + ")";
        }
        if (s < 300 && s != 204 && (type == null || !type.startsWith("application/json"))) {
            return "a success that is not JSON (" + type + ")";
        }
        // The audit trail lists what callers sent to paths no operation has (the fuzz's own SQL and
        // traversal strings among them): that is its record of the attempts, not a leak of the hub's.
        boolean auditRecord = probe.op().id().equals("listAudit") && s == 200;
        if (!auditRecord && LEAK.matcher(a.body()).find()) {
            return "a body with a stack trace, class name or SQL";
        }
        for (Map.Entry<String, String> h : a.headers()) {
            if (h.getKey().toLowerCase().contains("injected") || h.getValue().toLowerCase().contains(MARK)
                    || h.getKey().toLowerCase().contains(MARK) || h.getValue().indexOf('\r') >= 0
                    || h.getValue().indexOf('\n') >= 0) {
                return "a header reflects injected text: " + h;
            }
        }
        if (s >= 400) {
            try {
                JsonNode problem = JSON.readTree(a.body());
                if (!problem.path("type").asText().startsWith("https://") || problem.path("status").asInt() != s) {
                    return "a problem without type or with another status";
                }
            } catch (IOException e) {
                return "a problem body that is not JSON";
            }
        }
        return null;
    }

    private void assertDatabaseHoldsNothingFromTheFuzz(OffsetDateTime start, long requestsBefore, long historyBefore,
            long paymentsBefore) {
        Timestamp since = Timestamp.from(start.toInstant());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_request WHERE created_at >= ?", Long.class, since))
                .as("applications created by refused requests").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_record WHERE created_at >= ?", Long.class, since))
                .as("Idempotency-Keys kept for refused requests").isZero();
        assertThat(count("service_request")).isEqualTo(requestsBefore);
        assertThat(count("payment_in_flight")).isEqualTo(paymentsBefore);
        assertThat(count("request_history")).as("history rows (only deliveries of earlier tests may add some)")
                .isGreaterThanOrEqualTo(historyBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_client WHERE created_at >= ?", Long.class, since))
                .as("API clients made by refused requests").isZero();
        for (String table : List.of("service_request", "request_history", "idempotency_record", "payment_in_flight",
                "api_client")) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table)) {
                assertThat(row.values().toString().toLowerCase()).as(table + " row holds an injected string")
                        .doesNotContain(MARK);
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) LIKE ?",
                Long.class, "%FUZZ%")).as("tables created by SQL injection").isZero();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** The operations of the OpenAPI document the hub serves now. */
    private List<Operation> operations() throws IOException {
        JsonNode doc = JSON.readTree(anonymous.get("/api/v1/openapi.json").body());
        String base = doc.path("servers").path(0).path("url").asText("/api/v1");
        JsonNode sharedParams = doc.path("components").path("parameters");
        boolean securedByDefault = doc.path("security").size() > 0;
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<String> pathParams = new ArrayList<>();
                List<String> queryParams = new ArrayList<>();
                List<JsonNode> params = new ArrayList<>();
                path.getValue().path("parameters").forEach(params::add);
                op.path("parameters").forEach(params::add);
                for (JsonNode p : params) {
                    JsonNode resolved = p.has("$ref")
                            ? sharedParams.path(p.get("$ref").asText().replace("#/components/parameters/", "")) : p;
                    String in = resolved.path("in").asText();
                    if (in.equals("path")) {
                        pathParams.add(resolved.path("name").asText());
                    } else if (in.equals("query")) {
                        queryParams.add(resolved.path("name").asText());
                    }
                }
                boolean isPublic = op.has("security") ? op.get("security").isEmpty() : !securedByDefault;
                ops.add(new Operation(op.path("operationId").asText(), method.toUpperCase(), base + path.getKey(),
                        pathParams, queryParams, op.has("requestBody"), isPublic));
            }
        }
        return ops;
    }

    /** What the catalogue offers: agencies, their services and each service's example body. */
    record Catalogue(List<String> agencies, Map<String, List<String>> services, Map<String, JsonNode> examples,
            List<String> inquiries) {
    }

    private Catalogue catalogue() {
        HubClient admin = new HubClient(port, HubClient.ADMIN_KEY);
        List<String> agencies = new ArrayList<>();
        Map<String, List<String>> services = new LinkedHashMap<>();
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        List<String> inquiries = new ArrayList<>();
        admin.get("/api/v1/agencies").json().path("agencies").forEach(a -> agencies.add(a.path("id").asText()));
        for (String agency : agencies) {
            JsonNode catalogue = admin.get("/api/v1/agencies/" + agency + "/services").json();
            List<String> ids = new ArrayList<>();
            if (catalogue != null) {
                catalogue.path("services").forEach(s -> {
                    ids.add(s.path("id").asText());
                    String key = agency + "/" + s.path("id").asText();
                    if (s.path("example").isObject()) {
                        examples.put(key, s.path("example"));
                        if (s.path("mode").asText().equals("inquiry") && s.path("available").asBoolean()
                                && hasText(s.path("example").path("data"))) {
                            inquiries.add(key);
                        }
                    }
                });
            }
            services.put(agency, ids);
        }
        assertThat(agencies).hasSizeGreaterThanOrEqualTo(17);
        assertThat(inquiries).as("inquiries to put injection strings in").isNotEmpty();
        return new Catalogue(agencies, services, examples, inquiries);
    }

    private static boolean hasText(JsonNode data) {
        for (Iterator<JsonNode> it = data.elements(); it.hasNext(); ) {
            if (it.next().isTextual()) {
                return true;
            }
        }
        return false;
    }

    static String abbreviate(String s) {
        String flat = s.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return flat.length() > 240 ? flat.substring(0, 240) + "...(" + flat.length() + " chars)" : flat;
    }

    /** Builds the hostile requests. */
    static final class Generator {

        /** Values that are wrong for every parameter: none is a slug, id, NIK, status or number the hub knows. */
        static final List<String> HOSTILE = List.of(
                "' OR '1'='1' --" + MARK, "1; DROP TABLE service_request; --" + MARK,
                "'); CREATE TABLE " + MARK + "(x INT); --", "\" OR 1=1 --" + MARK,
                "1 UNION SELECT nik_hash FROM service_request --" + MARK,
                "${header.X-API-Key}" + MARK, "${sys:user.home}" + MARK, "${jndi:ldap://127.0.0.1:1/" + MARK + "}",
                "#{T(java.lang.Runtime).getRuntime().exec('id')}" + MARK, "$eval('$now()')" + MARK, "{{7*7}}" + MARK,
                "<xsl:value-of select=\"unparsed-text('file:///etc/passwd')\"/>" + MARK,
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>" + MARK,
                "${bean:serviceCallApi?method=replay}" + MARK, "%{(#a=1)}" + MARK,
                "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini" + MARK, "/etc/passwd\u0000" + MARK,
                MARK + "\r\nX-Injected: " + MARK, MARK + "\nX-Injected: " + MARK, "fuzz\u0000" + MARK,
                "\ud800" + MARK, "\u202e" + MARK + "gpj.exe", "\u0455amsat", "dukcap\u0456l", "SAMSAT",
                "samsat ", "<script>alert(1)</script>" + MARK, "A".repeat(5000) + MARK, "-1", "1e309",
                "99999999999999999999999", "0x10", "\uFEFF" + MARK, "\u0085" + MARK, "null", "[]", "{}");

        /** Request-line forms of a path segment that are not one: traversal, bad encodings, raw bytes. */
        static final List<String> RAW_SEGMENTS = List.of("..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/etc/passwd",
                "..;/..;/actuator/env", "%00", "%zz" + MARK, "%ED%A0%80" + MARK, "%C0%AE%C0%AE%2F" + MARK,
                "%E2%80%AE" + MARK, "%D1%95amsat", "samsat%0d%0aX-Injected:%20" + MARK, "samsat;jsessionid=" + MARK,
                "samsat%3b" + MARK, "%252e%252e%252f" + MARK, "%FF%FE" + MARK, "%u0041" + MARK);

        static final List<String> BAD_NIKS = List.of("367101120385000", "36710112038500011", "3671O11203850001",
                "\uFF13\uFF16\uFF17\uFF11\uFF10\uFF11\uFF11\uFF12\uFF10\uFF13\uFF18\uFF15\uFF10\uFF10\uFF10\uFF11",
                "\u0663\u0666\u0667\u0661\u0660\u0661\u0661\u0662\u0660\u0663\u0668\u0665\u0660\u0660\u0660\u0661",
                "3671 0112 0385 0001", "0000000000000000", "3671013213850001", "3671' OR '1'='1", "", " ",
                "3671011203850001\u0000", "\u202e3671011203850001", "367101120385000" + MARK);

        private final Random random;
        private final Catalogue catalogue;

        Generator(Random random, Catalogue catalogue) {
            this.random = random;
            this.catalogue = catalogue;
        }

        Probe probe(int n, Operation op) {
            List<String> categories = new ArrayList<>(List.of("method", "header"));
            if (!op.pathParams().isEmpty()) {
                categories.add("path");
                categories.add("path");
                categories.add("raw-path");
            }
            if (!op.queryParams().isEmpty()) {
                categories.add("query");
                categories.add("query");
            }
            if (op.hasBody()) {
                categories.addAll(List.of("body", "body", "body", "body", "content-type", "nik", "inject-value",
                        "inject-value", "inject-value", "inject-value"));
            }
            if (!op.isPublic()) {
                categories.add("auth");
            }
            String category = pick(categories);
            List<String> headers = new ArrayList<>();
            String key = pick(KEYS);
            Map<String, String> params = validParams(op);
            String method = op.method();
            byte[] body = op.hasBody() ? hostileBody(params).getBytes(StandardCharsets.UTF_8) : null;
            String query = "";
            boolean mustRefuse = op.hasBody() || op.mutates();
            if (op.hasBody()) {
                headers.add("Content-Type: application/json");
            }
            switch (category) {
                case "path" -> {
                    params.put(pick(op.pathParams()), encode(pick(HOSTILE)));
                    mustRefuse = true;
                }
                case "raw-path" -> {
                    params.put(pick(op.pathParams()), pick(RAW_SEGMENTS));
                    mustRefuse = true;
                }
                case "query" -> {
                    String name = pick(op.queryParams());
                    query = switch (random.nextInt(4)) {
                        case 0 -> name + "=" + encode(pick(HOSTILE));
                        case 1 -> name + "=";
                        case 2 -> name + "=%zz" + MARK;
                        default -> name + "=" + encode(pick(HOSTILE)) + "&" + name + "=" + encode(pick(HOSTILE));
                    };
                    mustRefuse = true;
                }
                case "method" -> {
                    method = pick(List.of("TRACE", "PATCH", "PUT", "DELETE", "PROPFIND", "FOO", "MKCOL"));
                    if (method.equals(op.method())) {
                        method = "FOO";
                    }
                    mustRefuse = true;
                }
                case "header" -> headers.add(pick(List.of(
                        "X-Request-Id: " + MARK + "\r\nX-Injected: " + MARK,
                        "X-Request-Id: " + MARK + "\nX-Injected: " + MARK,
                        "X-Request-Id: a\r\n X-Injected: " + MARK,
                        "traceparent: 00-" + MARK + "-00f067aa0ba902b7-01",
                        "traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\r\nX-Injected: " + MARK,
                        "traceparent: " + "f".repeat(9000),
                        "Idempotency-Key: " + MARK + " \u00e9\u00e9",
                        "Idempotency-Key: " + MARK + "x".repeat(300),
                        "Idempotency-Key: " + MARK + "\r\nX-Injected: " + MARK,
                        "X-Mpp-Client-Id: " + MARK, "X-Mpp-Client-Role: ADMIN", "X-Mpp-Client-Site: " + MARK,
                        "X-Forwarded-For: 127.0.0.1\r\nX-Injected: " + MARK,
                        "Accept: application/xml", "Accept: */*;q=" + MARK,
                        "X-" + MARK + ": " + "\u00ff\u00fe")));
                case "auth" -> {
                    key = null;
                    headers.add(pick(List.of("X-API-Key: ' OR '1'='1' --" + MARK, "X-API-Key: ${" + MARK + "}",
                            "X-API-Key: " + HubClient.ADMIN_KEY + MARK, "X-API-Key: ",
                            "X-API-Key: " + HubClient.ADMIN_KEY.toUpperCase(),
                            "X-API-Key: \u0455andbox-key-admin", "X-API-Key: " + MARK + "\r\nX-Injected: " + MARK,
                            "Authorization: Bearer " + MARK, "X-API-Key: " + "k".repeat(5000))));
                    mustRefuse = true;
                }
                case "body" -> {
                    body = hostileBody(params).getBytes(StandardCharsets.UTF_8);
                    if (random.nextInt(10) == 0) {
                        body = rawBytesBody();
                    }
                    mustRefuse = true;
                }
                case "nik" -> {
                    body = withNik(params, pick(BAD_NIKS)).getBytes(StandardCharsets.UTF_8);
                    mustRefuse = true;
                }
                case "content-type" -> {
                    headers.remove("Content-Type: application/json");
                    String ct = pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                            "multipart/form-data; boundary=" + MARK, "application/json\r\nX-Injected: " + MARK,
                            "text/json", "application/jsonp", "application/json; charset=utf-16", ""));
                    if (!ct.isEmpty()) {
                        headers.add("Content-Type: " + ct);
                    }
                    if (ct.contains("xml")) {
                        body = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                + "<x>&e;" + MARK + "</x>").getBytes(StandardCharsets.UTF_8);
                    }
                    mustRefuse = true;
                }
                case "inject-value" -> {
                    // A valid inquiry whose free text holds an injection string: the hub may serve it
                    // (it is only text), but must not run it, store it or answer 5xx.
                    String target = pick(catalogue.inquiries());
                    params.put("agency", target.split("/")[0]);
                    params.put("service", target.split("/")[1]);
                    body = injected(catalogue.examples().get(target)).getBytes(StandardCharsets.UTF_8);
                    mustRefuse = false;
                }
                default -> throw new IllegalStateException(category);
            }
            if (op.mutates() && !op.pathParams().isEmpty() && !category.equals("path") && !category.equals("raw-path")) {
                // Never an admin action on a real agency: the fuzz must not change what it fuzzes.
                params.put(op.pathParams().contains("agency") ? "agency" : op.pathParams().get(0), encode(pick(HOSTILE)));
            } else if (op.mutates() && op.pathParams().isEmpty() && !op.hasBody()) {
                // An action with neither a path nor a body to spoil (a data-key rotation) would be
                // carried out with a valid key: it gets a key nobody has, so it must be refused.
                key = null;
                headers.add("X-API-Key: no-such-key-" + random.nextInt(1000));
                mustRefuse = true;
            }
            if (key != null && random.nextInt(8) > 0) {
                headers.add("X-API-Key: " + key);
            } else if (key != null && !op.isPublic()) {
                mustRefuse = true;
            }
            String target = op.path();
            for (Map.Entry<String, String> p : params.entrySet()) {
                target = target.replace("{" + p.getKey() + "}", p.getValue());
            }
            if (!query.isEmpty()) {
                target += "?" + query;
            }
            if (method.equals("TRACE") || method.equals("GET") && !op.hasBody()) {
                body = null;
            }
            return new Probe(n, op, category, mustRefuse, method, target, headers, body);
        }

        /** Path parameters that are valid, or at least well formed (ids nobody has). */
        private Map<String, String> validParams(Operation op) {
            Map<String, String> params = new LinkedHashMap<>();
            String agency = pick(catalogue.agencies());
            for (String name : op.pathParams()) {
                params.put(name, switch (name) {
                    case "agency" -> agency;
                    case "service" -> catalogue.services().get(agency).isEmpty() ? "none"
                            : pick(catalogue.services().get(agency));
                    case "requestId" -> UUID.randomUUID().toString();
                    case "trackingCode" -> "MPP-" + "2345".repeat(1) + "-ABCD-EFGH";
                    default -> "x" + random.nextInt(1000);
                });
            }
            return params;
        }

        private JsonNode example(Map<String, String> params) {
            JsonNode example = catalogue.examples().get(params.get("agency") + "/" + params.get("service"));
            return example == null ? JSON.createObjectNode().put("note", "no example") : example;
        }

        /** A body any operation must refuse: malformed, mistyped, too deep or too long, with hostile characters. */
        private String hostileBody(Map<String, String> params) {
            JsonNode example = example(params);
            String data = example.path("data").isObject() ? example.path("data").toString() : "{}";
            String citizen = "{\"nik\":\"" + BUDI + "\"}";
            return switch (random.nextInt(22)) {
                case 0 -> pick(List.of("", "{", "{\"citizen\":", "[]", "null", "\"" + MARK + "\"", "123", "{'a':1}",
                        "{\"citizen\":" + citizen + ",\"data\":" + data + "}{\"x\":1}", "{\"a\":1,}", "{\"a\":NaN}",
                        "{\"a\":01}", "{\"a\":\"\\uZZZZ\"}", "{\"citizen\":" + citizen + " \"data\":{}}"));
                case 1 -> "{\"citizen\":\"" + MARK + "\",\"data\":" + data + "}";
                case 2 -> "{\"citizen\":[" + citizen + "],\"data\":" + data + "}";
                case 3 -> "{\"citizen\":{\"nik\":3671011203850001},\"data\":" + data + "}";
                case 4 -> "{\"citizen\":" + citizen + ",\"data\":[" + data + "]}";
                case 5 -> "{\"citizen\":" + citizen + ",\"data\":\"" + MARK + "\"}";
                case 6 -> "{\"citizen\":" + citizen + ",\"data\":" + data + ",\"" + MARK + "\":true}";
                case 7 -> "{\"citizen\":" + citizen + ",\"data\":" + nest(33 + random.nextInt(3000), random.nextBoolean()) + "}";
                case 8 -> "{\"citizen\":" + citizen + ",\"data\":" + nest(60_000 + random.nextInt(60_000), false) + "}";
                case 9 -> withValue(data, MARK + "A".repeat(10_001 + random.nextInt(150_000)));
                case 10 -> "{\"citizen\":" + citizen + ",\"data\":{\"x\":\"" + "B".repeat(300_000) + "\"}}";
                case 11 -> withValue(data, pick(List.of("fuzz\\u0000" + MARK, "\\ud800" + MARK, "\\udc00" + MARK,
                        "\\u202e" + MARK, "\\u2066" + MARK, "\\ufeff" + MARK, "\\u0085" + MARK, "\\uffff" + MARK,
                        "\\u200b" + MARK, "\\u0007" + MARK)));
                case 12 -> withValue(data, "fuzz\u0000" + MARK).replace("\\u0000", "\u0000");
                case 13 -> "{\"citizen\":{\"n\u0456k\":\"" + BUDI + "\"},\"data\":" + data + "}";
                case 14 -> "{\"citizen\":{\"nik\":\"" + BUDI + "\",\"nik\":\"3671116304880006\"},\"data\":" + data + "}";
                case 15 -> "{\"citizen\":" + citizen + ",\"data\":" + data + ",\"citizen\":{\"nik\":\"3671116304880006\"}}";
                case 16 -> "{\"citizen\":" + citizen + ",\"data\":{\"amount\":" + "9".repeat(41 + random.nextInt(5000)) + "}}";
                case 17 -> "{\"citizen\":" + citizen + ",\"data\":{\"" + "k".repeat(201 + random.nextInt(2000)) + "\":1}}";
                case 18 -> "{\"citizen\":null,\"data\":null}";
                case 19 -> "{\"citizen\":{\"nik\":[\"" + BUDI + "\"]},\"data\":" + data + "}";
                case 20 -> "{\"citizen\":{\"nik\":\"" + BUDI + "\"},\"data\":" + data.replaceFirst(":", java.util.regex.Matcher.quoteReplacement(":{\"$where\":")) + "}";
                default -> withNik(params, pick(BAD_NIKS));
            };
        }

        private String withValue(String data, String value) {
            ObjectNode d;
            try {
                JsonNode parsed = JSON.readTree(data);
                d = parsed.isObject() ? (ObjectNode) parsed : JSON.createObjectNode();
            } catch (IOException e) {
                d = JSON.createObjectNode();
            }
            // Raw: the escapes in value are JSON escapes, to be parsed by the hub.
            String field = d.size() == 0 ? "note" : d.fieldNames().next();
            d.put(field, "VALUE-PLACEHOLDER");
            return "{\"citizen\":{\"nik\":\"" + BUDI + "\"},\"data\":" + d.toString().replace("VALUE-PLACEHOLDER", value) + "}";
        }

        private String withNik(Map<String, String> params, String nik) {
            JsonNode example = example(params);
            ObjectNode body = JSON.createObjectNode();
            body.putObject("citizen").put("nik", nik);
            body.set("data", example.path("data").isObject() ? example.path("data") : JSON.createObjectNode());
            return body.toString();
        }

        private String injected(JsonNode example) {
            ObjectNode body = example.deepCopy();
            ObjectNode data = (ObjectNode) body.path("data");
            List<String> texts = new ArrayList<>();
            data.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    texts.add(e.getKey());
                }
            });
            String injection = pick(HOSTILE.subList(0, 17));
            data.put(pick(texts), injection);
            return body.toString();
        }

        private byte[] rawBytesBody() {
            byte[] bytes = new byte[64 + random.nextInt(512)];
            random.nextBytes(bytes);
            bytes[0] = '{';
            return bytes;
        }

        private static String nest(int depth, boolean objects) {
            StringBuilder s = new StringBuilder(depth * 6);
            for (int i = 0; i < depth; i++) {
                s.append(objects ? "{\"a\":" : "[");
            }
            s.append("1");
            for (int i = 0; i < depth; i++) {
                s.append(objects ? "}" : "]");
            }
            return s.toString();
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }
}
