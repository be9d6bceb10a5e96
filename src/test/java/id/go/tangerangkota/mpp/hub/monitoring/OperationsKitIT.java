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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.TestPropertySource;

/**
 * The operations kit against a running hub: every metric the alert rules and the Grafana dashboard
 * query is in the hub's {@code /actuator/prometheus} scrape, with the labels and label values the
 * kit selects on. A kit that queries a name the hub does not publish shows an empty panel and an
 * alert that never fires; this is the test that catches it.
 *
 * <p>Spring Boot's tests turn metrics export off (no {@code /actuator/prometheus}) unless told
 * otherwise; this hub is therefore configured differently from the shared one and has a data folder
 * of its own (two live brokers cannot share a journal).
 */
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = "mpp.data-dir=./target/it-data/${mpp.test.run:local}/operations-kit")
class OperationsKitIT extends HubIntegrationTest {

    private static final String AGENCY = "dinsos";
    /** One sample line of the text format: name, optional labels, value. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+\\S+.*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void everyMetricTheKitQueriesIsInTheHubsScrape() {
        // Labelled meters appear with their first event: an inquiry and an application to its
        // decision make the request, call and finished-application series exist.
        inquiryAndApplicationTo(AGENCY);

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
        inquiryAndApplicationTo(AGENCY);
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
        assertThat(scrape.stream().filter(s -> s.name().equals("camel_exchanges_inflight"))
                .map(s -> s.labels().get("routeId"))).contains("deliver-" + AGENCY);
        assertThat(scrape.stream().filter(s -> s.name().equals("jvm_memory_used_bytes"))
                .map(s -> s.labels().get("area"))).contains("heap");
    }

    // ------------------------------------------------------------------ traffic

    /** An inquiry and an application to the agency, each its catalogue example; the application to its end. */
    private void inquiryAndApplicationTo(String agency) {
        Answer services = counter.get("/api/v1/agencies/" + agency + "/services");
        assertThat(services.status()).as(services.body()).isEqualTo(200);
        boolean inquired = false;
        boolean applied = false;
        for (JsonNode service : services.json().path("services")) {
            String mode = service.path("mode").asText();
            String path = "/api/v1/agencies/" + agency + "/services/" + service.path("id").asText();
            if (!inquired && mode.equals("inquiry")) {
                Answer answer = counter.post(path, service.path("example").toString());
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                inquired = true;
            } else if (!applied && mode.equals("application")) {
                // The agency decides: COMPLETED, or REJECTED when the example was already sent (the
                // sandbox keeps what it received while the hub runs). Either finishes the application.
                Answer done = counter.awaitFinal(counter.post(path, service.path("example").toString()));
                assertThat(done.json().path("status").asText()).as(done.body()).isIn("COMPLETED", "REJECTED");
                applied = true;
            }
        }
        assertThat(inquired && applied).as("%s has an inquiry and an application service", agency).isTrue();
    }

    // ------------------------------------------------------------------ the scrape

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    /** Scrapes until every name is there, at most 30 s (the agency gauges are sampled every 5 s); the last scrape. */
    private List<Sample> scrapeUntil(Set<String> names) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<Sample> scrape = scrape();
        while (!names(scrape).containsAll(names) && System.nanoTime() < end) {
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

    private static Set<String> values(List<Sample> scrape, String name, String agency, String label) {
        return series(scrape, name, agency).stream().map(s -> s.labels().get(label))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
