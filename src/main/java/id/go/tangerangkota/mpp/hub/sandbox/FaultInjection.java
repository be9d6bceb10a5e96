package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

/**
 * The faults switched on per simulated agency, and the HTTP filter that applies them in front of
 * each agency's handlers. A fault changes only what the agency's back end does on the wire; the
 * hub is never told, so what the tests see is what the hub would meet in a real outage.
 */
public final class FaultInjection {

    private final Set<String> agencies;
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final Map<String, double[]> errorCredit = new ConcurrentHashMap<>();
    private final Map<String, long[]> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();

    /** @param agencies the slugs of the simulated agencies that can be faulted */
    public FaultInjection(Set<String> agencies) {
        this.agencies = Set.copyOf(agencies);
    }

    public boolean knows(String agency) {
        return agencies.contains(agency);
    }

    /** Switches a fault on (or, with {@link Fault#NONE}, off). */
    public void set(String agency, Fault fault) {
        if (!knows(agency)) {
            throw new IllegalArgumentException("no simulated agency '" + agency + "'");
        }
        synchronized (this) {
            faults.put(agency, fault);
            errorCredit.remove(agency);
        }
    }

    public Fault of(String agency) {
        return faults.getOrDefault(agency, Fault.NONE);
    }

    /** Every simulated agency with its fault, by slug. */
    public Map<String, Fault> snapshot() {
        Map<String, Fault> all = new TreeMap<>();
        agencies.forEach(a -> all.put(a, of(a)));
        return all;
    }

    /** The filter to put in front of one agency's HTTP handlers. */
    public Filter filterFor(String agency) {
        return new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                apply(agency, exchange, chain);
            }

            @Override
            public String description() {
                return "injected faults of " + agency;
            }
        };
    }

    /** HTTP requests that reached the agency's back end (faulted or not), for tests that count calls. */
    public long requests(String agency) {
        AtomicLong n = requests.get(agency);
        return n == null ? 0 : n.get();
    }

    private void apply(String agency, HttpExchange exchange, Filter.Chain chain) throws IOException {
        requests.computeIfAbsent(agency, a -> new AtomicLong()).incrementAndGet();
        Fault fault = of(agency);
        switch (fault.mode()) {
            case NORMAL -> chain.doFilter(exchange);
            case DOWN -> cut(exchange);
            case SLOW -> {
                pause(fault.latencyMs());
                chain.doFilter(exchange);
            }
            case FAILING -> {
                if (failsNow(agency, fault)) {
                    unavailable(exchange);
                } else {
                    chain.doFilter(exchange);
                }
            }
            case FLAKY -> {
                pause(fault.latencyMs() == 0 ? 0 : (long) (Math.random() * fault.latencyMs()));
                if (!failsNow(agency, fault)) {
                    chain.doFilter(exchange);
                } else if (failures.computeIfAbsent(agency, a -> new long[1])[0]++ % 2 == 0) {
                    cut(exchange);
                } else {
                    unavailable(exchange);
                }
            }
        }
    }

    /**
     * Whether this call fails: the error rate accumulates per call and a call fails each time it
     * reaches a whole failure, so the failures are spread evenly and counted exactly.
     */
    private synchronized boolean failsNow(String agency, Fault fault) {
        double[] credit = errorCredit.computeIfAbsent(agency, a -> new double[1]);
        credit[0] += fault.errorRate();
        if (credit[0] >= 1 - 1e-9) {
            credit[0] -= 1;
            return true;
        }
        return false;
    }

    /** Closes the connection without a status line: the caller sees the connection drop. */
    private static void cut(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        // Closing an exchange whose headers were never sent closes its connection (JDK server).
        exchange.close();
    }

    private static void unavailable(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Retry-After", "30");
        HttpExchanges.sendJson(exchange, 503, Map.of("error", "Service Unavailable",
                "message", "Layanan sedang tidak tersedia (gangguan disimulasikan)"));
        exchange.close();
    }

    private static void pause(long millis) throws IOException {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while slowed down", e);
        }
    }
}
