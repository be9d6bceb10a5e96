package id.go.tangerangkota.mpp.hub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The operations kit in {@code docs/operations/} holds together: every alert rule has what an
 * operator needs (a query, a duration, a severity, a summary, a runbook section that exists), every
 * dashboard panel has a query, and every hub metric the kit queries is one the hub publishes by the
 * metrics contract (issue 6). {@code OperationsKitIT} checks the same names against a real scrape.
 */
class OperationsKitTest {

    static final Path KIT = Path.of("docs/operations");
    static final Path RULES = KIT.resolve("prometheus-alerts.yaml");
    static final Path DASHBOARD = KIT.resolve("grafana-dashboard.json");
    static final Path RUNBOOK = KIT.resolve("runbook.md");

    /**
     * The hub's metric names in the issue 6 contract, as Prometheus names them (counters with
     * {@code _total}, the timers' series with their suffixes), and the Camel names camel-micrometer
     * publishes with the hub's settings ({@code camel.metrics} in application.yaml, as a real scrape
     * showed: {@code camel_exchanges_inflight} of the contract needs the exchange event notifier, which
     * the hub leaves off, while the route event notifier adds {@code camel_routes_*}).
     */
    static final Set<String> CONTRACT = Set.of(
            "mpp_requests_total",
            "mpp_applications_finished_total",
            "mpp_agency_call_seconds_bucket", "mpp_agency_call_seconds_count", "mpp_agency_call_seconds_sum",
            "mpp_agency_call_seconds_max",
            "mpp_agency_queue_depth",
            "mpp_agency_queue_oldest_seconds",
            "mpp_agency_held",
            "mpp_agency_dead_letters",
            "mpp_agency_in_flight",
            "mpp_agency_circuit_state",
            "mpp_agency_state",
            "mpp_sla_breaches_total",
            "mpp_sla_overdue",
            "camel_exchanges_total",
            "camel_exchanges_failed_total",
            "camel_route_policy_seconds_count", "camel_route_policy_seconds_sum", "camel_route_policy_seconds_max",
            "camel_routes_added_routes", "camel_routes_running_routes");

    /** Metrics the kit reads that come from Prometheus itself or its blackbox exporter, not the hub. */
    static final Set<String> NOT_FROM_THE_HUB = Set.of("up", "probe_success");

    private static final Pattern HUB_METRIC = Pattern.compile("\\b(?:mpp|camel)_[a-zA-Z0-9_]+");
    /** A metric name followed by its selector, a range or a closing parenthesis. */
    private static final Pattern ANY_METRIC = Pattern.compile("\\b([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?=\\{|\\[)");
    private static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    // ------------------------------------------------------------------ alert rules

    @Test
    void everyAlertRuleHasAQueryADurationASeverityASummaryAndARunbookSectionThatExists() {
        Set<String> anchors = runbookAnchors();
        List<JsonNode> rules = alertRules();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(7);
        Set<String> names = new HashSet<>();
        for (JsonNode rule : rules) {
            String name = rule.path("alert").asText();
            assertThat(name).as("alert name of %s", rule).matches("[A-Z][A-Za-z]+");
            assertThat(names.add(name)).as("alert %s defined once", name).isTrue();
            assertThat(rule.path("expr").asText()).as("%s expr", name).isNotBlank();
            assertThat(rule.path("for").asText()).as("%s for (0m when the expression has its own window)", name)
                    .matches("\\d+[smhd]");
            assertThat(rule.path("labels").path("severity").asText()).as("%s severity", name).isIn(SEVERITIES);
            assertThat(rule.path("labels").path("hours").asText()).as("%s hours", name).isIn("always", "office");
            JsonNode annotations = rule.path("annotations");
            assertThat(annotations.path("summary").asText()).as("%s summary", name).isNotBlank();
            assertThat(annotations.path("description").asText()).as("%s description", name).isNotBlank();
            String url = annotations.path("runbook_url").asText();
            assertThat(url).as("%s runbook_url", name).matches("https://\\S+/docs/operations/runbook\\.md#[a-z0-9-]+");
            assertThat(anchors).as("runbook section for %s (%s)", name, url).contains(url.substring(url.indexOf('#') + 1));
        }
    }

    @Test
    void theAlertsTheIssueAsksForAreThere() {
        Map<String, JsonNode> rules = new LinkedHashMap<>();
        alertRules().forEach(r -> rules.put(r.path("alert").asText(), r));
        assertThat(rules).containsKeys("HubDown", "HubNotReady", "AgencyCircuitOpen", "AgencyDeadLettersGrowing",
                "SlaBreaches", "SlaOverdue", "QueueAgeHigh");

        JsonNode circuit = rules.get("AgencyCircuitOpen");
        assertThat(circuit.path("expr").asText()).contains("mpp_agency_circuit_state").contains("state=\"open\"");
        assertThat(circuit.path("for").asText()).isEqualTo("5m");
        assertThat(rules.get("HubDown").path("expr").asText()).contains("up{job=\"mpp-hub\"} == 0");
        assertThat(rules.get("AgencyDeadLettersGrowing").path("expr").asText()).contains("mpp_agency_dead_letters")
                .containsPattern("delta|deriv");
        assertThat(rules.get("SlaBreaches").path("expr").asText()).contains("increase(mpp_sla_breaches_total[1h])");
        assertThat(rules.get("SlaOverdue").path("expr").asText()).contains("mpp_sla_overdue");
        // Applications HELD while the back office is closed wait on purpose: no alert for them.
        assertThat(rules.get("QueueAgeHigh").path("expr").asText()).contains("mpp_agency_queue_oldest_seconds")
                .contains("unless on (agency)").contains("mpp_agency_state{state=\"closed\"}");
    }

    @Test
    void everyAlertSectionOfTheRunbookBelongsToAnAlert() {
        Set<String> alerts = new TreeSet<>();
        alertRules().forEach(r -> alerts.add(r.path("alert").asText()));
        String runbook = read(RUNBOOK);
        String alertPart = runbook.substring(runbook.indexOf("\n## Alerts"), runbook.indexOf("\n## ", runbook.indexOf("\n## Alerts") + 1));
        Set<String> sections = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^### (\\S+)\\s*$").matcher(alertPart);
        while (m.find()) {
            sections.add(m.group(1));
        }
        assertThat(sections).isEqualTo(alerts);
    }

    // ------------------------------------------------------------------ dashboard

    @Test
    void everyPanelOfTheDashboardHasAQueryOnThePrometheusInput() {
        JsonNode dashboard = dashboard();
        assertThat(dashboard.path("schemaVersion").asInt()).isBetween(36, 41);
        assertThat(dashboard.path("uid").asText()).isNotBlank();
        assertThat(dashboard.path("__inputs").findValuesAsText("name")).contains("DS_PROMETHEUS");
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        dashboard.path("templating").path("list").forEach(v -> variables.put(v.path("name").asText(), v));
        assertThat(variables).containsKeys("DS_PROMETHEUS", "agency");
        assertThat(variables.get("agency").path("query").path("query").asText())
                .isEqualTo("label_values(mpp_agency_state, agency)");

        List<JsonNode> panels = panels(dashboard);
        assertThat(panels).hasSizeGreaterThanOrEqualTo(12);
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : panels) {
            String title = panel.path("title").asText();
            assertThat(ids.add(panel.path("id").asInt())).as("panel id of %s unique", title).isTrue();
            assertThat(title).isNotBlank();
            assertThat(panel.path("datasource").path("uid").asText()).as("%s datasource", title).isEqualTo("${DS_PROMETHEUS}");
            assertThat(panel.path("targets").size()).as("%s targets", title).isPositive();
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.path("expr").asText()).as("%s expr", title).isNotBlank();
                assertThat(target.path("datasource").path("uid").asText()).as("%s target datasource", title)
                        .isEqualTo("${DS_PROMETHEUS}");
            }
        }
    }

    @Test
    void theDashboardShowsWhatTheIssueAsksFor() {
        String exprs = String.join("\n", dashboardExpressions());
        for (String metric : List.of("mpp_agency_state", "mpp_agency_circuit_state", "mpp_requests_total",
                "mpp_agency_queue_depth", "mpp_agency_held", "mpp_agency_dead_letters",
                "mpp_agency_queue_oldest_seconds", "mpp_sla_breaches_total", "camel_exchanges_failed_total",
                "jvm_memory_used_bytes")) {
            assertThat(exprs).as("a panel on %s", metric).contains(metric + "{");
        }
        assertThat(exprs).contains("by (outcome) (rate(mpp_requests_total")
                .contains("histogram_quantile(0.5, sum by (le, agency) (rate(mpp_agency_call_seconds_bucket")
                .contains("histogram_quantile(0.95, sum by (le, agency) (rate(mpp_agency_call_seconds_bucket");
    }

    @Test
    void panelsFitTheGridWithoutOverlapping() {
        List<int[]> boxes = new ArrayList<>();
        for (JsonNode panel : dashboard().path("panels")) {
            JsonNode g = panel.path("gridPos");
            int[] box = {g.path("x").asInt(), g.path("y").asInt(), g.path("w").asInt(), g.path("h").asInt()};
            assertThat(box[0] + box[2]).as("%s within 24 columns", panel.path("title").asText()).isLessThanOrEqualTo(24);
            assertThat(box[2] * box[3]).as("%s has a size", panel.path("title").asText()).isPositive();
            for (int[] other : boxes) {
                boolean apart = box[0] >= other[0] + other[2] || other[0] >= box[0] + box[2]
                        || box[1] >= other[1] + other[3] || other[1] >= box[1] + box[3];
                assertThat(apart).as("%s overlaps another panel", panel.path("title").asText()).isTrue();
            }
            boxes.add(box);
        }
    }

    // ------------------------------------------------------------------ promtool

    @Test
    void promtoolAcceptsTheRulesAndPassesTheirUnitTests() throws Exception {
        // Prometheus' own parser and rule evaluation: the PromQL itself, the templates of the
        // annotations, and the cases of prometheus-alerts.test.yaml (e.g. no queue-age alert while
        // an agency's back office is closed). Debian's package prometheus ships promtool; .ci/run
        // installs it, so under CI=true a missing promtool fails instead of skipping.
        if (!promtoolInstalled()) {
            String message = "promtool not found (Debian: apt-get install prometheus); the rule checks are skipped.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + " CI=true: they are required.");
            }
            Assumptions.abort(message);
        }
        assertThat(promtool("check", "rules", RULES.getFileName().toString())).contains("SUCCESS");
        assertThat(promtool("test", "rules", "prometheus-alerts.test.yaml")).contains("SUCCESS");
    }

    private static boolean promtoolInstalled() {
        try {
            return new ProcessBuilder("promtool", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs promtool in docs/operations; its output, asserted to end with exit code 0. */
    private static String promtool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(KIT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as("%s:%n%s", String.join(" ", command), output).isZero();
        return output;
    }

    // ------------------------------------------------------------------ metric names

    @Test
    void everyHubMetricTheKitQueriesIsInTheMetricsContract() {
        assertThat(hubMetricsUsed()).isNotEmpty().allSatisfy(name -> assertThat(CONTRACT).as(
                "%s is not a metric of the contract (docs/operations/README.md, issue 6)", name).contains(name));
    }

    @Test
    void camelRouteCountersAreReadPerRouteOnly() {
        // camel-micrometer counts the whole Camel context beside the routes, as a series with
        // routeId="" and eventType="context": summed by routeId it would look like one busy route.
        Pattern counters = Pattern.compile("(camel_exchanges_total|camel_exchanges_failed_total|camel_route_policy_seconds_\\w+)(\\{[^}]*})?");
        List<String> exprs = new ArrayList<>(dashboardExpressions());
        alertRules().forEach(r -> exprs.add(r.path("expr").asText()));
        int seen = 0;
        for (String expr : exprs) {
            Matcher m = counters.matcher(expr);
            while (m.find()) {
                seen++;
                assertThat(m.group(2)).as("%s in %s", m.group(1), expr).isNotNull().contains("eventType=\"route\"");
            }
        }
        assertThat(seen).isPositive();
    }

    @Test
    void theMetricNameReaderFindsEveryNameOfAnExpression() {
        // The check above is only as good as this reader: it must see names in selectors, ranges and
        // label_values, and nothing in label values.
        assertThat(metricNames("sum by (x) (rate(mpp_a_total{job=\"mpp-hub\", route=\"camel_x\"}[5m])) "
                + "/ camel_b[1m] unless on (agency) label_values(mpp_c, agency) or up{job=\"mpp-hub\"}"))
                .containsExactlyInAnyOrder("mpp_a_total", "camel_b", "mpp_c", "up");
    }

    // ------------------------------------------------------------------ reading the kit (also for OperationsKitIT)

    /** Every metric name (any prefix) queried by the rules and the dashboard, its variables included. */
    static Set<String> metricsUsed() {
        Set<String> names = new TreeSet<>();
        alertRules().forEach(r -> names.addAll(metricNames(r.path("expr").asText())));
        dashboardExpressions().forEach(e -> names.addAll(metricNames(e)));
        return names;
    }

    /** The {@code mpp_*} and {@code camel_*} names among {@link #metricsUsed()}. */
    static Set<String> hubMetricsUsed() {
        Set<String> names = new TreeSet<>();
        metricsUsed().stream().filter(n -> HUB_METRIC.matcher(n).matches()).forEach(names::add);
        return names;
    }

    static Set<String> metricNames(String expr) {
        // Label values ("mpp-hub", "camel_x") are not metric names.
        String code = expr.replaceAll("\"[^\"]*\"", "\"\"");
        Set<String> names = new TreeSet<>();
        Matcher hub = HUB_METRIC.matcher(code);
        while (hub.find()) {
            names.add(hub.group());
        }
        Matcher any = ANY_METRIC.matcher(code);
        while (any.find()) {
            names.add(any.group(1));
        }
        return names;
    }

    static List<JsonNode> alertRules() {
        List<JsonNode> rules = new ArrayList<>();
        JsonNode groups = readYaml(RULES).path("groups");
        assertThat(groups.isArray() && !groups.isEmpty()).as("groups in %s", RULES).isTrue();
        for (JsonNode group : groups) {
            assertThat(group.path("name").asText()).isNotBlank();
            group.path("rules").forEach(rules::add);
        }
        return rules;
    }

    static List<String> dashboardExpressions() {
        JsonNode dashboard = dashboard();
        List<String> exprs = new ArrayList<>();
        panels(dashboard).forEach(p -> p.path("targets").forEach(t -> exprs.add(t.path("expr").asText())));
        dashboard.path("templating").path("list").forEach(v -> {
            if (v.path("type").asText().equals("query")) {
                exprs.add(v.path("query").path("query").asText());
            }
        });
        return exprs;
    }

    /** Every panel that shows data: rows are only headings (their collapsed panels are included). */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                panel.path("panels").forEach(panels::add);
            } else {
                panels.add(panel);
            }
        }
        return panels;
    }

    static JsonNode dashboard() {
        try {
            return JSON.readTree(read(DASHBOARD));
        } catch (IOException e) {
            throw new UncheckedIOException(DASHBOARD + " is not JSON", e);
        }
    }

    /** The anchors GitHub and GitLab give the runbook's headings. */
    static Set<String> runbookAnchors() {
        Set<String> anchors = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^#{1,6} (.+)$").matcher(read(RUNBOOK));
        while (m.find()) {
            anchors.add(m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        return anchors;
    }

    private static JsonNode readYaml(Path file) {
        try {
            return YAML.readTree(read(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not YAML", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
