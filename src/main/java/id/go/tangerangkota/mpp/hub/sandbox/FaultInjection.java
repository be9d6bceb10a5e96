package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.Filter;

/**
 * The faults switched on per simulated agency, and what they do to each request: {@link #decide}
 * counts the request and says whether to answer, fail or cut, and after how long. The HTTP back
 * ends carry that out in a filter in front of each agency's handlers ({@link #filterFor}); PLN's
 * ISO 8583 host carries it out itself. A fault changes only what the agency's back end does on
 * the wire; the hub is never told, so what the tests see is what the hub would meet in a real
 * outage.
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
            failures.remove(agency);
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
        return new HttpFaultFilter(this, agency);
    }

    /**
     * Requests that reached the agency's back end (faulted or not), for tests that count calls:
     * HTTP requests, and for PLN also every ISO 8583 message its host received.
     */
    public long requests(String agency) {
        AtomicLong n = requests.get(agency);
        return n == null ? 0 : n.get();
    }

    /**
     * Counts one request that reached the agency's back end and decides what its fault does to it.
     * Every kind of back end asks here, so the HTTP ones and PLN's ISO 8583 host count and fail
     * their requests the same way.
     *
     * @param agency  the agency's slug
     * @param mayFail false for a request the back end answers even while failing (PLN's network
     *                management, answered by its switching front end): it is still cut while the
     *                agency is down and slowed while slow, but never failed, and does not use up
     *                the error rate
     */
    public FaultDecision decide(String agency, boolean mayFail) {
        requests.computeIfAbsent(agency, a -> new AtomicLong()).incrementAndGet();
        Fault fault = of(agency);
        return switch (fault.mode()) {
            case NORMAL -> FaultDecision.ANSWER_NOW;
            case DOWN -> new FaultDecision(0, FaultDecision.Action.CUT);
            case SLOW -> new FaultDecision(fault.latencyMs(), FaultDecision.Action.ANSWER);
            case FAILING -> new FaultDecision(0, mayFail && failsNow(agency, fault)
                    ? FaultDecision.Action.ERROR : FaultDecision.Action.ANSWER);
            case FLAKY -> new FaultDecision(
                    fault.latencyMs() == 0 ? 0 : ThreadLocalRandom.current().nextLong(fault.latencyMs() + 1),
                    mayFail && failsNow(agency, fault) ? flakyFailure(agency) : FaultDecision.Action.ANSWER);
            case HOSTILE -> new FaultDecision(0, mayFail ? FaultDecision.Action.HOSTILE : FaultDecision.Action.ANSWER);
        };
    }

    /** A flaky agency's failures alternate: the first is a cut connection, the next an error, and so on. */
    private synchronized FaultDecision.Action flakyFailure(String agency) {
        return failures.computeIfAbsent(agency, a -> new long[1])[0]++ % 2 == 0
                ? FaultDecision.Action.CUT : FaultDecision.Action.ERROR;
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
}
