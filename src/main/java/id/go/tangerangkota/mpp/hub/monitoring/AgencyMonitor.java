package id.go.tangerangkota.mpp.hub.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import id.go.tangerangkota.mpp.hub.broker.BrokerQueues;
import id.go.tangerangkota.mpp.hub.connector.Connector;
import id.go.tangerangkota.mpp.hub.connector.ConnectorRegistry;
import id.go.tangerangkota.mpp.hub.connector.ConnectorState;
import id.go.tangerangkota.mpp.hub.connector.DeliveryQueues;
import id.go.tangerangkota.mpp.hub.request.RequestStore;
import id.go.tangerangkota.mpp.hub.resilience.AgencyGuard;
import id.go.tangerangkota.mpp.hub.resilience.AgencyGuards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes every agency's figures every few seconds (queue and dead-letter depth from the broker,
 * held and overdue requests from the store, state, circuit and latency from the hub itself) and
 * keeps the last half hour of them. The gauges, the admin API and the dashboard read these samples,
 * so a scrape or a page refresh never queries the broker or the database itself.
 */
public class AgencyMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AgencyMonitor.class);

    private final ConnectorRegistry registry;
    private final AgencyStates states;
    private final AgencyGuards guards;
    private final BrokerQueues broker;
    private final RequestStore requests;
    private final AgencyCallStatistics calls;
    private final Clock clock;
    private final Duration interval;
    private final int historySize;
    private final Map<String, Deque<AgencySample>> history = new ConcurrentHashMap<>();
    private final List<SampleListener> listeners = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mpp-agency-monitor");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean brokerWarned;
    private volatile boolean storeWarned;

    /**
     * @param interval    time between two samples
     * @param historySpan how far back the samples are kept
     */
    public AgencyMonitor(ConnectorRegistry registry, AgencyStates states, AgencyGuards guards, BrokerQueues broker,
            RequestStore requests, AgencyCallStatistics calls, Clock clock, Duration interval, Duration historySpan) {
        this.registry = registry;
        this.states = states;
        this.guards = guards;
        this.broker = broker;
        this.requests = requests;
        this.calls = calls;
        this.clock = clock;
        this.interval = interval;
        this.historySize = (int) Math.max(1, historySpan.toMillis() / interval.toMillis());
    }

    /** Told of each agency's new sample (the gauges register agencies they have not seen yet). */
    public interface SampleListener {
        void sampled(String agency, AgencySample sample);
    }

    public void addListener(SampleListener listener) {
        listeners.add(listener);
    }

    /** Starts sampling: one sample at once, then one per interval. */
    public void start() {
        timer.scheduleWithFixedDelay(this::sampleSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void sampleSafely() {
        try {
            sample();
        } catch (RuntimeException e) {
            // The next interval tries again; the sampler thread must not die.
            LOG.warn("Could not take the agencies' figures: {}", e.toString());
        }
    }

    /** Takes one sample of every agency now. */
    public void sample() {
        List<Connector> connectors = registry.all();
        Map<String, Long> depths = queueDepths(connectors);
        Map<String, RequestStore.OpenFigures> open = openFigures();
        for (Connector connector : connectors) {
            String slug = connector.slug();
            RequestStore.OpenFigures figures = open.getOrDefault(slug, RequestStore.OpenFigures.NONE);
            AgencySample sample = live(connector, depths.getOrDefault(DeliveryQueues.queueOf(slug), -1L),
                    depths.getOrDefault(DeliveryQueues.dlqOf(slug), -1L), figures);
            Deque<AgencySample> samples = history.computeIfAbsent(slug, s -> new ArrayDeque<>());
            synchronized (samples) {
                samples.addLast(sample);
                while (samples.size() > historySize) {
                    samples.removeFirst();
                }
            }
            listeners.forEach(l -> l.sampled(slug, sample));
        }
    }

    /**
     * The agency's figures now: state, circuit, calls in flight and latency as they are this
     * instant, queue, dead letters and held requests as last sampled.
     */
    public AgencySample current(Connector connector) {
        Optional<AgencySample> last = latest(connector.slug());
        return live(connector, last.map(AgencySample::queueDepth).orElse(-1L),
                last.map(AgencySample::deadLetters).orElse(-1L),
                last.map(s -> new RequestStore.OpenFigures(s.held(), s.oldestWaiting(), s.overdue()))
                        .orElse(RequestStore.OpenFigures.NONE));
    }

    /** The agency's last sample, if one was taken. */
    public Optional<AgencySample> latest(String slug) {
        Deque<AgencySample> samples = history.get(slug);
        if (samples == null) {
            return Optional.empty();
        }
        synchronized (samples) {
            return Optional.ofNullable(samples.peekLast());
        }
    }

    /** The agency's samples of the kept span, oldest first. */
    public List<AgencySample> history(String slug) {
        Deque<AgencySample> samples = history.get(slug);
        if (samples == null) {
            return List.of();
        }
        synchronized (samples) {
            return new ArrayList<>(samples);
        }
    }

    private AgencySample live(Connector connector, long queueDepth, long deadLetters,
            RequestStore.OpenFigures open) {
        AgencyState state = states.of(connector);
        String circuit = null;
        int inFlight = 0;
        if (connector.state() == ConnectorState.AVAILABLE) {
            AgencyGuard guard = guards.of(connector.slug());
            circuit = guard.circuitState().name();
            inFlight = guard.inFlight();
        }
        LatencyWindow.Summary window = calls.figures(connector.slug()).window();
        return new AgencySample(OffsetDateTime.now(clock), state, circuit, queueDepth, deadLetters, open.held(),
                inFlight, window.p50Ms(), window.p95Ms(), open.oldestWaiting(), open.overdue());
    }

    private Map<String, Long> queueDepths(List<Connector> connectors) {
        List<String> queues = new ArrayList<>();
        for (Connector c : connectors) {
            queues.add(DeliveryQueues.queueOf(c.slug()));
            queues.add(DeliveryQueues.dlqOf(c.slug()));
        }
        try {
            Map<String, Long> depths = broker.messageCounts(queues);
            brokerWarned = false;
            return depths;
        } catch (RuntimeException e) {
            if (!brokerWarned) {
                LOG.warn("Queue depths unknown: {} does not tell ({})", broker.describe(), e.getMessage());
                brokerWarned = true;
            }
            return Map.of();
        }
    }

    private Map<String, RequestStore.OpenFigures> openFigures() {
        try {
            Map<String, RequestStore.OpenFigures> figures = requests.openFigures();
            storeWarned = false;
            return figures;
        } catch (RuntimeException e) {
            if (!storeWarned) {
                LOG.warn("Held and overdue requests unknown: the request store does not answer ({})", e.toString());
                storeWarned = true;
            }
            return Map.of();
        }
    }
}
