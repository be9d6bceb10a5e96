package id.go.tangerangkota.mpp.hub.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * A steady load of counter calls for resilience tests: a few client threads each send one call,
 * wait for its answer, pause, and send the next, taking the calls in turn; every answer's latency
 * is recorded with the time it was sent, so a test compares the latency of the same calls across
 * windows (before a fault, during it). Latency here is the whole round trip through the hub.
 */
public final class SteadyLoad implements AutoCloseable {

    /** A call sent at {@code sentAt} (System.nanoTime) that took {@code nanos} and answered {@code status}. */
    private record Sample(long sentAt, long nanos, int status) {
    }

    /**
     * The latencies of the calls sent within one window.
     *
     * @param calls  calls answered
     * @param errors calls not answered 200
     * @param p50Ms  median latency of the calls answered 200
     * @param p90Ms  90th percentile of the calls answered 200
     */
    public record Latency(int calls, int errors, double p50Ms, double p90Ms) {
        @Override
        public String toString() {
            return String.format("%d calls, %d errors, p50 %.2f ms, p90 %.2f ms", calls, errors, p50Ms, p90Ms);
        }
    }

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /**
     * Starts {@code threadCount} client threads that take the calls in turn (each gives the HTTP
     * status it was answered), pausing {@code pauseMs} after each answer.
     */
    public SteadyLoad(List<IntSupplier> calls, int threadCount, long pauseMs) {
        AtomicInteger next = new AtomicInteger();
        for (int i = 0; i < threadCount; i++) {
            Thread t = new Thread(() -> {
                while (running) {
                    IntSupplier call = calls.get(Math.floorMod(next.getAndIncrement(), calls.size()));
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = call.getAsInt();
                    } catch (RuntimeException e) {
                        status = -1;
                    }
                    samples.add(new Sample(sent, System.nanoTime() - sent, status));
                    pause(pauseMs);
                }
            }, "steady-load-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    /** Lets the load run for this long, then gives the latency of the calls sent meanwhile. */
    public Latency measure(long millis) {
        long from = System.nanoTime();
        pause(millis);
        long to = System.nanoTime();
        List<Sample> window = samples.stream().filter(s -> s.sentAt() >= from && s.sentAt() < to).toList();
        long[] ok = window.stream().filter(s -> s.status() == 200).mapToLong(Sample::nanos).sorted().toArray();
        return new Latency(window.size(), window.size() - ok.length, percentile(ok, 0.50), percentile(ok, 0.90));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(30_000);
        }
    }
}
