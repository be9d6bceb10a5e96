package id.go.tangerangkota.mpp.hub.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The back end of a fictitious agency that is not one of the 17, "Dispusip" (the city library):
 * what an agency IT team would put behind its new connector, in a format of its own. It checks its
 * API key ({@code X-Pustaka-Key}), deduplicates registrations on the hub's reference ({@code ref})
 * and counts what it received (with each call's {@code traceparent}), and can be told to fail
 * (HTTP 503) to keep applications queued.
 */
public final class LibraryBackend implements AutoCloseable {

    public static final String KEY = "kit-test-pustaka-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, String> registrationsByRef = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> callsByRef = new ConcurrentHashMap<>();
    private final AtomicInteger serial = new AtomicInteger(100);
    private final Map<String, AtomicInteger> inFlightByNik = new ConcurrentHashMap<>();
    private final Map<String, List<String>> refsByNik = new ConcurrentHashMap<>();
    private final AtomicInteger overlaps = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final List<String> traceparents = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean failing;
    private volatile long latencyMs;

    public LibraryBackend() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/anggota/cek", this::memberStatus);
        server.createContext("/anggota/daftar", this::register);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "library-backend");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** While failing, every call answers HTTP 503, as a back end under maintenance. */
    public void failing(boolean failing) {
        this.failing = failing;
    }

    /** Each registration takes this long to answer (0: at once). */
    public void latency(long millis) {
        this.latencyMs = millis;
    }

    /**
     * The W3C {@code traceparent} header of every call received, in arrival order ("" for a call
     * without one).
     */
    public List<String> traceparents() {
        synchronized (traceparents) {
            return List.copyOf(traceparents);
        }
    }

    /** Times a citizen's application arrived while another of the same citizen was still being answered. */
    public int sameCitizenOverlaps() {
        return overlaps.get();
    }

    /** The most registrations answered at the same time, over all citizens. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    /** The hub references of a citizen's registrations, in the order they arrived. */
    public List<String> arrivalsOf(String nik) {
        return List.copyOf(refsByNik.getOrDefault(nik, List.of()));
    }

    /** Registrations made: one per distinct hub reference, however often it was delivered. */
    public int registrations() {
        return registrationsByRef.size();
    }

    /** Whether an application with this hub reference was registered. */
    public boolean registered(String ref) {
        return registrationsByRef.containsKey(ref);
    }

    /** The membership number registered for this hub reference, or null when none was. */
    public String registrationOf(String ref) {
        return registrationsByRef.get(ref);
    }

    /** The hub references registered, each once. */
    public Set<String> registeredRefs() {
        return Set.copyOf(registrationsByRef.keySet());
    }

    /** How many calls carried this hub reference. */
    public int callsWith(String ref) {
        AtomicInteger n = callsByRef.get(ref);
        return n == null ? 0 : n.get();
    }

    private void memberStatus(HttpExchange exchange) throws IOException {
        JsonNode body = accept(exchange);
        if (body == null) {
            return;
        }
        String nik = body.path("nik").asText();
        if (nik.endsWith("9999")) {
            answer(exchange, 200, "{\"rc\":\"14\",\"msg\":\"Bukan anggota perpustakaan\"}");
            return;
        }
        answer(exchange, 200, "{\"rc\":\"00\",\"msg\":\"OK\",\"anggota\":{\"no\":\"PUS-3671-" + nik.substring(12)
                + "\",\"status\":\"AKTIF\",\"berlaku\":\"2027-06-30\"}}");
    }

    private void register(HttpExchange exchange) throws IOException {
        JsonNode body = accept(exchange);
        if (body == null) {
            return;
        }
        String ref = body.path("ref").asText();
        String nik = body.path("nik").asText();
        callsByRef.computeIfAbsent(ref, r -> new AtomicInteger()).incrementAndGet();
        if (inFlightByNik.computeIfAbsent(nik, n -> new AtomicInteger()).incrementAndGet() > 1) {
            overlaps.incrementAndGet();
        }
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            String number = registrationsByRef.computeIfAbsent(ref, r -> {
                refsByNik.computeIfAbsent(nik, n -> Collections.synchronizedList(new ArrayList<>()))
                        .add(r);
                return "PUS-3671-" + serial.incrementAndGet();
            });
            if (latencyMs > 0) {
                Thread.sleep(latencyMs);
            }
            answer(exchange, 200, "{\"rc\":\"00\",\"msg\":\"OK\",\"anggota\":{\"no\":\"" + number
                    + "\",\"terbit\":\"2026-11-22\",\"berlaku\":\"2029-11-22\"}}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
            inFlightByNik.get(nik).decrementAndGet();
        }
    }

    /** The request body when the call may go on; otherwise answers it and gives null. */
    private JsonNode accept(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        String traceparent = exchange.getRequestHeaders().getFirst("traceparent");
        traceparents.add(traceparent == null ? "" : traceparent);
        if (failing) {
            answer(exchange, 503, "{\"rc\":\"96\",\"msg\":\"Sistem dalam pemeliharaan\"}");
            return null;
        }
        if (!KEY.equals(exchange.getRequestHeaders().getFirst("X-Pustaka-Key"))) {
            answer(exchange, 401, "{\"rc\":\"41\",\"msg\":\"Kunci API tidak dikenal\"}");
            return null;
        }
        return JSON.readTree(bytes);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
