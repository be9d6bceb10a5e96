package id.go.tangerangkota.mpp.hub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The operations kit against a running hub: every metric the alert rules and the Grafana dashboard
 * query is in the hub's {@code /actuator/prometheus} scrape, with the labels and label values the
 * kit selects on. A kit that queries a name the hub does not publish shows an empty panel and an
 * alert that never fires; this is the test that catches it.
 *
 * <p>Labelled series appear with their first event, so the test makes them happen for Dinsos: an
 * inquiry, and an application finished after its SLA (the registration's SLA is one second in a
 * copy of the connectors; its deliveries are suspended through the admin API until it is overdue,
 * then resumed), which also shows the overdue gauge the SlaOverdue alert reads.
 *
 * <p>Spring Boot's tests turn metrics export off (no {@code /actuator/prometheus}) unless told
 * otherwise; this hub is therefore configured differently from the shared one and has a data folder
 * of its own (two live brokers cannot share a journal).
 */
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = "mpp.data-dir=./target/it-data/${mpp.test.run:local}/operations-kit")
class OperationsKitIT extends HubIntegrationTest {

    private static final String AGENCY = "dinsos";
    private static final String SERVICES = "/api/v1/agencies/" + AGENCY + "/services";
    private static final String ADMIN = "/api/v1/admin/connectors/" + AGENCY;
    /** The traffic is made once for both tests: the hub (and its meters) is shared between them. */
    private static final AtomicBoolean EXERCISED = new AtomicBoolean();
    /** One sample line of the text format: name, optional labels, value. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+\\S+.*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** A copy of the connectors in which Dinsos's registration is due one second after acceptance. */
    @DynamicPropertySource
    static void connectorsWithAShortSla(DynamicPropertyRegistry registry) throws IOException {
        Path connectors = Files.createTempDirectory("operations-kit-it");
        FileTrees.copy(Path.of("connectors"), connectors);
        Path dinsos = connectors.resolve(AGENCY + "/connector.yaml");
        String yaml = Files.readString(dinsos);
        String tuned = yaml.replace("mode: application\n    sla: {value: 14, unit: working-days}",
                "mode: application\n    sla: {value: 1, unit: seconds}");
        assertThat(tuned).isNotEqualTo(yaml);
        Files.writeString(dinsos, tuned);
        registry.add("mpp.locations.connectors", () -> "file:" + connectors.toAbsolutePath());
    }

    @Test
    void everyMetricTheKitQueriesIsInTheHubsScrape() {
        exerciseOnce();

        Set<String> wanted = new TreeSet<>(OperationsKitTest.metricsUsed());
        wanted.removeAll(OperationsKitTest.NOT_FROM_THE_HUB);
        assertThat(wanted).as("metrics the kit queries").contains("mpp_agency_state", "camel_exchanges_total");

        // The agency gauges are sampled every 5 s, not on scrape.
        List<Sample> scrape = scrapeUntil(wanted);

        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(names(scrape));
        assertThat(missing).as("metrics the kit queries that the hub does not publish; it publishes %s",
                names(scrape).stream().filter(n -> n.startsWith("mpp_") || n.startsWith("camel_")).toList()).isEmpty();
    }

    @Test
    void theLabelsTheKitSelectsOnAreThere() {
        exerciseOnce();
        List<Sample> scrape = scrapeUntil(Set.of("mpp_agency_state", "mpp_agency_circuit_state",
                "mpp_requests_total", "mpp_agency_call_seconds_bucket", "camel_exchanges_total"));

        // The dashboard's state timelines and the alerts select these state values.
        assertThat(values(scrape, "mpp_agency_state", AGENCY, "state"))
                .containsAll(Set.of("up", "degraded", "down", "closed", "disabled"));
        assertThat(values(scrape, "mpp_agency_circuit_state", AGENCY, "state"))
                .containsAll(Set.of("closed", "open", "half_open"));
        assertThat(series(scrape, "mpp_agency_state", AGENCY).stream().filter(s -> s.value() == 1.0)).hasSize(1);
        // Every agency of the sandbox catalogue has its state series (the agency variable lists them).
        assertThat(scrape.stream().filter(s -> s.name().equals("mpp_agency_state"))
                .map(s -> s.labels().get("agency")).collect(Collectors.toSet())).hasSize(17);

        assertThat(values(scrape, "mpp_requests_total", AGENCY, "outcome")).contains("answered");
        assertThat(values(scrape, "mpp_requests_total", AGENCY, "mode")).contains("inquiry", "application");
        assertThat(values(scrape, "mpp_agency_call_seconds_bucket", AGENCY, "le")).contains("+Inf");
        assertThat(values(scrape, "mpp_agency_call_seconds_bucket", AGENCY, "outcome")).contains("success");
        // Route series carry eventType="route"; camel-micrometer adds one for the whole context.
        assertThat(scrape.stream().filter(s -> s.name().equals("camel_exchanges_total")
                && "route".equals(s.labels().get("eventType"))).map(s -> s.labels().get("routeId")))
                .contains("deliver-" + AGENCY, "call-" + AGENCY + "-dtks-check");
        assertThat(scrape.stream().filter(s -> s.name().equals("camel_routes_running_routes"))
                .map(Sample::value)).singleElement().matches(v -> v > 50, "one running route per agency service and more");
        // The late application: finished, and counted as an SLA breach of its service.
        assertThat(values(scrape, "mpp_applications_finished_total", AGENCY, "status")).containsAnyOf("COMPLETED", "REJECTED");
        assertThat(values(scrape, "mpp_sla_breaches_total", AGENCY, "service")).containsExactly("dtks-registration");
        assertThat(value(scrape, "mpp_sla_breaches_total", AGENCY)).isGreaterThanOrEqualTo(1);
        assertThat(scrape.stream().filter(s -> s.name().equals("jvm_memory_used_bytes"))
                .map(s -> s.labels().get("area"))).contains("heap");
    }

    // ------------------------------------------------------------------ traffic

    private void exerciseOnce() {
        if (!EXERCISED.get()) {
            inquiry();
            lateApplication();
            EXERCISED.set(true);
        }
    }

    private void inquiry() {
        JsonNode service = service("dtks-check");
        Answer answer = counter.post(SERVICES + "/dtks-check", service.path("example").toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    /** An application held past its one-second SLA, then delivered: an SLA breach and an overdue request. */
    private void lateApplication() {
        HubClient admin = new HubClient(port, HubClient.ADMIN_KEY);
        Answer suspended = admin.post(ADMIN + "/deliveries/suspend", "");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        String location;
        try {
            Answer accepted = counter.post(SERVICES + "/dtks-registration",
                    service("dtks-registration").path("example").toString());
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            assertThat(accepted.json().path("status").asText()).isEqualTo("HELD");
            location = accepted.header("Location");

            // Sampled every 5 s: the request is HELD and, a second after acceptance, overdue.
            List<Sample> held = scrapeUntil(s -> value(s, "mpp_sla_overdue", AGENCY) >= 1
                    && value(s, "mpp_agency_held", AGENCY) >= 1);
            assertThat(value(held, "mpp_sla_overdue", AGENCY)).as("mpp_sla_overdue of %s", AGENCY).isGreaterThanOrEqualTo(1);
            assertThat(value(held, "mpp_agency_held", AGENCY)).as("mpp_agency_held of %s", AGENCY).isGreaterThanOrEqualTo(1);
            assertThat(value(held, "mpp_agency_queue_oldest_seconds", AGENCY)).isGreaterThanOrEqualTo(1);
        } finally {
            Answer resumed = admin.post(ADMIN + "/deliveries/resume", "");
            assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        }
        // The agency decides (COMPLETED, or REJECTED should the example be known there already);
        // either finishes the application after its due time.
        Answer done = counter.await(location,
                r -> r.json().path("status").asText().matches("COMPLETED|REJECTED"), Duration.ofSeconds(20));
        assertThat(done.json().path("status").asText()).isIn("COMPLETED", "REJECTED");
    }

    private JsonNode service(String id) {
        Answer services = counter.get(SERVICES);
        assertThat(services.status()).as(services.body()).isEqualTo(200);
        for (JsonNode service : services.json().path("services")) {
            if (service.path("id").asText().equals(id)) {
                return service;
            }
        }
        throw new AssertionError(AGENCY + " has no service " + id);
    }

    // ------------------------------------------------------------------ the scrape

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    /** Scrapes until every name is there, at most 30 s (the agency gauges are sampled every 5 s); the last scrape. */
    private List<Sample> scrapeUntil(Set<String> names) {
        return scrapeUntil(scrape -> names(scrape).containsAll(names));
    }

    /** Scrapes until the condition holds, at most 30 s; the last scrape. */
    private List<Sample> scrapeUntil(Predicate<List<Sample>> condition) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<Sample> scrape = scrape();
        while (!condition.test(scrape) && System.nanoTime() < end) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            scrape = scrape();
        }
        return scrape;
    }

    private List<Sample> scrape() {
        Answer answer = anonymous.get("/actuator/prometheus");
        assertThat(answer.status()).as("GET /actuator/prometheus without a key: %s", answer.body()).isEqualTo(200);
        try {
            // The last scrape, to read when this test fails.
            Files.writeString(Path.of("target/operations-kit-scrape.txt"), answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Sample> samples = new ArrayList<>();
        for (String line : answer.body().split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (line.startsWith("#") || !m.matches()) {
                continue;
            }
            Map<String, String> labels = new HashMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            String[] parts = line.substring(m.end(2) < 0 ? m.group(1).length() : m.end(2)).trim().split("\\s+");
            samples.add(new Sample(m.group(1), labels, parse(parts[0])));
        }
        return samples;
    }

    private static double parse(String value) {
        return switch (value) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(value);
        };
    }

    private static Set<String> names(List<Sample> scrape) {
        return scrape.stream().map(Sample::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Sample> series(List<Sample> scrape, String name, String agency) {
        return scrape.stream().filter(s -> s.name().equals(name) && agency.equals(s.labels().get("agency"))).toList();
    }

    /** The value of the agency's one series of a gauge, NaN when there is none. */
    private static double value(List<Sample> scrape, String name, String agency) {
        List<Sample> series = series(scrape, name, agency);
        return series.size() == 1 ? series.get(0).value() : Double.NaN;
    }

    private static Set<String> values(List<Sample> scrape, String name, String agency, String label) {
        return series(scrape, name, agency).stream().map(s -> s.labels().get(label))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
