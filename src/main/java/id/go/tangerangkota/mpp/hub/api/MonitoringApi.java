package id.go.tangerangkota.mpp.hub.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRoutes;
import id.go.tangerangkota.mpp.hub.monitoring.AgencyCallStatistics;
import id.go.tangerangkota.mpp.hub.monitoring.AgencyMonitor;
import id.go.tangerangkota.mpp.hub.monitoring.AgencySample;
import id.go.tangerangkota.mpp.hub.monitoring.RecentFailures;
import id.go.tangerangkota.mpp.hub.resilience.DeliveryHold;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.Route;

/**
 * What integrators watch under {@code /admin/}: every connector's figures
 * ({@code GET /admin/connectors}), one connector's with their last half hour and recent failures
 * ({@code GET /admin/connectors/{agency}}), the hub's recent failures ({@code GET /admin/failures})
 * and its routes with their counters ({@code GET /admin/routes}). Integrator and admin keys.
 */
public class MonitoringApi {

    private static final int DETAIL_FAILURES = 20;
    private static final int MAX_FAILURES = 200;

    private final ConnectorRegistry registry;
    private final AgencyMonitor monitor;
    private final AgencyCallStatistics calls;
    private final RecentFailures failures;
    private final DeliveryHold deliveryHold;
    private final CamelContext camel;
    private final MeterRegistry meters;
    private final ObjectMapper json;

    public MonitoringApi(ConnectorRegistry registry, AgencyMonitor monitor, AgencyCallStatistics calls,
            RecentFailures failures, DeliveryHold deliveryHold, CamelContext camel, MeterRegistry meters,
            ObjectMapper json) {
        this.registry = registry;
        this.monitor = monitor;
        this.calls = calls;
        this.failures = failures;
        this.deliveryHold = deliveryHold;
        this.camel = camel;
        this.meters = meters;
        this.json = json;
    }

    /** {@code GET /admin/connectors}: every agency of the catalogue, by slug. */
    public void connectors(Exchange exchange, @Header(HttpCall.CLIENT_ROLE_HEADER) String role,
            @Header(HttpCall.CLIENT_ID_HEADER) String client) {
        CallerScope scope = CallerScope.of(exchange.getMessage());
        ObjectNode body = json.createObjectNode();
        body.put("at", OffsetDateTime.now().toString());
        body.putObject("you").put("client", client).put("role", role);
        ArrayNode agencies = body.putArray("agencies");
        registry.all().stream().filter(c -> scope.seesAgency(c.slug()))
                .sorted((a, b) -> a.slug().compareTo(b.slug()))
                .forEach(c -> agencies.add(figures(c, monitor.current(c))));
        JsonAnswer.write(exchange, 200, body.toString());
    }

    /** {@code GET /admin/connectors/{agency}}: its figures, their history and its recent failures. */
    public void connector(Exchange exchange, @Header("agency") String agency) {
        Connector c = known(agency);
        ObjectNode body = figures(c, monitor.current(c));
        ArrayNode history = body.putArray("history");
        for (AgencySample s : monitor.history(c.slug())) {
            ObjectNode point = history.addObject();
            point.put("at", s.at().toString());
            putNullable(point, "p50", s.p50Ms());
            putNullable(point, "p95", s.p95Ms());
            point.put("queueDepth", s.queueDepth());
            point.put("deadLetters", s.deadLetters());
            point.put("held", s.held());
            point.put("state", s.state().name());
        }
        body.set("recentFailures", json.valueToTree(failures.list(c.slug(), DETAIL_FAILURES)));
        JsonAnswer.write(exchange, 200, body.toString());
    }

    /** {@code GET /admin/failures?agency=&limit=}: the hub's recent failures, newest first. */
    public void failures(Exchange exchange, @Header("agency") String agency, @Header("limit") String limit) {
        String asked = CallerScope.of(exchange.getMessage()).agencyFilter(agency);
        // An empty agency= is a malformed filter, not "all agencies".
        String slug = asked == null ? null : known(asked).slug();
        int max = limitOf(limit);
        ObjectNode body = json.createObjectNode();
        body.set("failures", json.valueToTree(failures.list(slug, max)));
        JsonAnswer.write(exchange, 200, body.toString());
    }

    /** {@code GET /admin/routes}: every Camel route, its status and its counters since the hub started. */
    public void routes(Exchange exchange) {
        CallerScope scope = CallerScope.of(exchange.getMessage());
        List<String> slugs = registry.all().stream().map(Connector::slug).toList();
        ObjectNode body = json.createObjectNode();
        ArrayNode routes = body.putArray("routes");
        camel.getRoutes().stream().map(Route::getRouteId).sorted().forEach(id -> {
            String agencyOfRoute = ConnectorRoutes.agencyOf(id, slugs).orElse(null);
            if (scope.agency() != null && !scope.agency().equals(agencyOfRoute)) {
                return;
            }
            ObjectNode route = routes.addObject();
            route.put("id", id);
            route.put("agency", agencyOfRoute);
            route.put("status", String.valueOf(camel.getRouteController().getRouteStatus(id)));
            route.put("exchanges", count("camel.exchanges.total", id));
            route.put("failed", count("camel.exchanges.failed", id));
            Gauge inflight = meters.find("camel.exchanges.inflight").tag("routeId", id).gauge();
            route.put("inFlight", inflight == null ? 0 : (long) inflight.value());
            Timer timer = meters.find("camel.route.policy").tag("routeId", id).timer();
            putNullable(route, "meanMs", timer == null || timer.count() == 0 ? null
                    : Math.round(timer.mean(TimeUnit.MILLISECONDS) * 10) / 10.0);
        });
        JsonAnswer.write(exchange, 200, body.toString());
    }

    private ObjectNode figures(Connector c, AgencySample s) {
        ObjectNode node = json.createObjectNode();
        node.put("agency", c.slug());
        node.put("name", c.descriptor() == null ? c.slug() : c.descriptor().name());
        node.put("shortName", c.displayName());
        node.put("state", s.state().name());
        node.put("circuit", s.circuit());
        node.put("queueDepth", s.queueDepth());
        node.put("held", s.held());
        node.put("inFlight", s.inFlight());
        node.put("deadLetters", s.deadLetters());
        node.put("oldestWaitingSeconds", s.oldestWaitingSeconds());
        node.put("slaOverdue", s.overdue());
        AgencyCallStatistics.Figures figures = calls.figures(c.slug());
        ObjectNode latency = node.putObject("latencyMs");
        putNullable(latency, "p50", s.p50Ms());
        putNullable(latency, "p95", s.p95Ms());
        latency.put("calls", figures.window().calls());
        latency.put("failures", figures.window().failures());
        node.put("lastSuccessAt", figures.lastSuccessAt() == null ? null : figures.lastSuccessAt().toString());
        if (figures.lastError() == null) {
            node.putNull("lastError");
        } else {
            node.putObject("lastError").put("at", figures.lastError().at().toString())
                    .put("reason", figures.lastError().reason());
        }
        ObjectNode deliveries = node.putObject("deliveries");
        deliveries.put("held", deliveryHold.isHeld(c.slug()));
        deliveries.set("reasons", json.valueToTree(deliveryHold.reasons(c.slug())));
        return node;
    }

    private long count(String name, String routeId) {
        Counter counter = meters.find(name).tag("routeId", routeId).counter();
        return counter == null ? 0 : (long) counter.count();
    }

    private static void putNullable(ObjectNode node, String field, Double value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static int limitOf(String limit) {
        if (limit == null) {
            return 50;
        }
        try {
            int n = Integer.parseInt(limit);
            if (n >= 1 && n <= MAX_FAILURES) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw HubProblem.invalidField("limit", "must be a whole number from 1 to " + MAX_FAILURES);
    }

    private Connector known(String agency) {
        return ConnectorAdminApi.known(registry, agency);
    }
}
