package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * The simulated agency back ends on one real HTTP port, so the hub is tested end to end over
 * sockets. Serves:
 *
 * <ul>
 *   <li>{@code POST /dukcapil/get_json/{institution}/CALL_NIK}, {@code .../CALL_VERIFY_BY_ELEMEN}
 *       and {@code .../LAYANAN_AKTA_KELAHIRAN}: Disdukcapil;
 *   <li>the other simulated agencies listed in {@link SandboxBackends}, each under its own prefix
 *       or on a listener of its own;
 *   <li>{@code GET /test-data}: the identifiers worth sending to each agency.
 * </ul>
 *
 * <p>Plain JDK and Jackson, no Spring: the same class runs inside a test, next to the hub, or
 * alone through {@link SandboxMain}.
 */
public final class SandboxServer implements AutoCloseable {

    /** Disdukcapil's clock: certificate dates follow the office's calendar, not the JVM's zone. */
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Pending connections the OS may queue: generous, so a benchmark burst is not refused. */
    private static final int BACKLOG = 1024;

    private final HttpServer http;
    private final ExecutorService executor;
    private final CitizenRegistry citizens;
    private final BirthRegistrations births;
    private final CallMeter dukcapilCalls;
    private final TestDataSections testData;
    private final Map<String, AgencyBackend> backends;
    private final FaultInjection faults;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SandboxServer(HttpServer http, ExecutorService executor, CitizenRegistry citizens,
            BirthRegistrations births, CallMeter dukcapilCalls, TestDataSections testData,
            Map<String, AgencyBackend> backends, FaultInjection faults) {
        this.http = http;
        this.executor = executor;
        this.citizens = citizens;
        this.births = births;
        this.dukcapilCalls = dukcapilCalls;
        this.testData = testData;
        this.backends = backends;
        this.faults = faults;
    }

    /**
     * Binds, starts serving and returns.
     *
     * @param settings where to listen and each agency's settings; port 0 picks a free port
     * @throws IOException when the address cannot be bound (e.g. the port is taken)
     */
    public static SandboxServer start(SandboxSettings settings) throws IOException {
        return start(settings, Map.of());
    }

    /**
     * Binds, starts serving and returns.
     *
     * @param settings   where to listen and Disdukcapil's settings; port 0 picks a free port
     * @param properties settings of the other simulated agencies ({@code mpp.sandbox.<slug>.*})
     * @throws IOException when an address cannot be bound (e.g. the port is taken)
     */
    public static SandboxServer start(SandboxSettings settings, Map<String, String> properties) throws IOException {
        CitizenRegistry citizens = CitizenRegistry.seeded();
        BirthRegistrations births = new BirthRegistrations();
        CallMeter dukcapilCalls = new CallMeter();
        TestDataSections testData = new TestDataSections();
        DukcapilSettings dukcapil = settings.dukcapil();

        // Before the first server: the JDK reads these once (TCP_NODELAY, idle connections kept).
        JdkHttpServerSettings.apply();
        HttpServer http = HttpServer.create(
                new InetSocketAddress(InetAddress.getByName(settings.bindAddress()), settings.port()), BACKLOG);
        ExecutorService executor = Executors.newFixedThreadPool(settings.threads(), daemonThreads());
        http.setExecutor(executor);
        http.createContext("/", new NotFoundHandler());
        List<AgencyBackend> agencies = SandboxBackends.all();
        Set<String> slugs = new LinkedHashSet<>(List.of("disdukcapil"));
        agencies.forEach(a -> slugs.add(a.agency()));
        FaultInjection faults = new FaultInjection(slugs);
        new AgencyHttpServer(http, faults.filterFor("disdukcapil")).createContext("/dukcapil",
                new DukcapilBackend(dukcapil, dukcapilCalls, List.of(
                        new NikLookupService(citizens),
                        new ElementVerificationService(citizens),
                        new BirthRegistrationService(citizens, births, Clock.system(JAKARTA)))));
        testData.register("disdukcapil", new DukcapilTestData(dukcapil, citizens));
        Map<String, AgencyBackend> backends = new LinkedHashMap<>();
        try {
            for (AgencyBackend backend : agencies) {
                // Each agency installs into a view of the shared server that puts its fault filter in front.
                backend.install(new SandboxContext(new AgencyHttpServer(http, faults.filterFor(backend.agency())),
                        citizens, testData, Clock.system(JAKARTA), properties, faults));
                backends.put(backend.agency(), backend);
            }
        } catch (IOException | RuntimeException e) {
            backends.values().forEach(AgencyBackend::close);
            executor.shutdownNow();
            throw e;
        }
        http.createContext(TestDataHandler.PATH, new TestDataHandler(testData));
        http.createContext(FaultsHandler.PATH, new FaultsHandler(faults));
        http.start();
        return new SandboxServer(http, executor, citizens, births, dukcapilCalls, testData, backends, faults);
    }

    /** The port listened on: the one asked for, or the one picked for port 0. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** {@code http://host:port} to reach the sandbox, the loopback address when bound to all. */
    public String baseUrl() {
        InetAddress address = http.getAddress().getAddress();
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** The Disdukcapil population. */
    public CitizenRegistry citizens() {
        return citizens;
    }

    /** The births Disdukcapil registered, and the calls per ID_PERMOHONAN. */
    public BirthRegistrations births() {
        return births;
    }

    /** The calls that reached each Disdukcapil service. */
    public CallMeter dukcapilCalls() {
        return dukcapilCalls;
    }

    /** A simulated agency by slug, for tests that check what it received. */
    public <T extends AgencyBackend> T backend(String agency, Class<T> type) {
        return type.cast(backends.get(agency));
    }

    /** What the simulated agencies publish for the hub to reach them (e.g. their TCP ports). */
    public Map<String, Object> runtimeProperties() {
        Map<String, Object> all = new LinkedHashMap<>();
        backends.values().forEach(b -> all.putAll(b.runtimeProperties()));
        return all;
    }

    /** The faults injected per simulated agency (also switched at {@code /sandbox/faults}). */
    public FaultInjection faults() {
        return faults;
    }

    /** The sections of {@code GET /test-data}; another simulated agency adds its own here. */
    public TestDataSections testData() {
        return testData;
    }

    /** Stops at once (open exchanges are cut) and ends the serving threads. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        backends.values().forEach(AgencyBackend::close);
        http.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Daemon threads: a server a test forgets to close must not keep the JVM alive. */
    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "sandbox-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
