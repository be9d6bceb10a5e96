package id.go.tangerangkota.mpp.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Drives one operation against one target over a fixed number of keep-alive connections, one thread
 * each: a warm-up that is discarded, then the measured window. Around the window it tells a
 * {@link WindowListener} (which reads the processes' CPU and memory), so figures cover the window only.
 */
public final class LoadRun {

    /** Told when the measured window opens and closes. */
    public interface WindowListener {
        /** The warm-up is over. */
        void opened();

        /** The last operation of the window has ended. */
        void closed();
    }

    private static final long HIGHEST_MICROS = Duration.ofMinutes(2).toNanos() / 1000;

    private final String host;
    private final int port;
    private final int connections;
    private final Duration warmUp;
    private final Duration window;

    /**
     * @param host        the target's address
     * @param port        its port
     * @param connections how many connections (and threads)
     * @param warmUp      how long to run before measuring
     * @param window      how long to measure
     */
    public LoadRun(String host, int port, int connections, Duration warmUp, Duration window) {
        this.host = host;
        this.port = port;
        this.connections = connections;
        this.warmUp = warmUp;
        this.window = window;
    }

    /**
     * Runs the operation in the given shape and returns what the window measured.
     *
     * @param operation what each connection does, over and over
     * @param shape     maximum rate or a constant rate
     * @param listener  told when the window opens and closes
     */
    public RunResult run(Operation operation, LoadShape shape, WindowListener listener) throws InterruptedException {
        long start = System.nanoTime() + Duration.ofMillis(50).toNanos();
        long windowStart = start + warmUp.toNanos();
        long windowEnd = windowStart + window.toNanos();
        AtomicLong succeededInAll = new AtomicLong();
        List<Worker> workers = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            Worker worker = new Worker(i, operation, shape, start, windowStart, windowEnd, succeededInAll, done);
            workers.add(worker);
            Thread thread = new Thread(worker, "load-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        sleepUntil(windowStart);
        listener.opened();
        done.await();
        listener.closed();
        Histogram latency = new Histogram(HIGHEST_MICROS, 3);
        long operations = 0;
        long errors = 0;
        for (Worker worker : workers) {
            latency.add(worker.latency);
            operations += worker.operations;
            errors += worker.errors;
        }
        return new RunResult(operations, errors, window.toNanos() / 1e9, latency, succeededInAll.get());
    }

    private static void sleepUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /** One connection's loop. */
    private final class Worker implements Runnable {
        private final Operation operation;
        private final LoadShape shape;
        private final long start;
        private final long windowStart;
        private final long windowEnd;
        private final AtomicLong succeededInAll;
        private final CountDownLatch done;
        private final long intervalNanos;
        private final long offsetNanos;
        final Histogram latency = new Histogram(HIGHEST_MICROS, 3);
        long operations;
        long errors;

        Worker(int index, Operation operation, LoadShape shape, long start, long windowStart, long windowEnd,
                AtomicLong succeededInAll, CountDownLatch done) {
            this.operation = operation;
            this.shape = shape;
            this.start = start;
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
            this.succeededInAll = succeededInAll;
            this.done = done;
            // At a constant rate each connection sends every connections/rate seconds, the
            // connections staggered evenly so the target sees a steady stream, not bursts.
            this.intervalNanos = shape.maxRate() ? 0 : (long) (connections * 1e9 / shape.ratePerSecond());
            this.offsetNanos = shape.maxRate() ? 0 : intervalNanos * index / connections;
        }

        @Override
        public void run() {
            try (RawHttpConnection connection = new RawHttpConnection(host, port)) {
                long due = start + offsetNanos;
                while (true) {
                    long began;
                    if (shape.maxRate()) {
                        began = System.nanoTime();
                        if (began >= windowEnd) {
                            return;
                        }
                    } else {
                        if (due >= windowEnd) {
                            return;
                        }
                        sleepUntil(due);
                        began = due;
                        due += intervalNanos;
                    }
                    boolean succeeded = perform(connection);
                    long ended = System.nanoTime();
                    if (succeeded) {
                        succeededInAll.incrementAndGet();
                    }
                    if (began >= windowStart) {
                        if (succeeded) {
                            operations++;
                            latency.recordValue(Math.min((ended - began) / 1000, HIGHEST_MICROS));
                        } else {
                            errors++;
                        }
                    }
                }
            } finally {
                done.countDown();
            }
        }

        private boolean perform(RawHttpConnection connection) {
            try {
                return operation.perform(connection, Sequences.next());
            } catch (IOException | RuntimeException failed) {
                connection.close();
                // A refused connection would spin: give the target a moment.
                LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
                return false;
            }
        }
    }
}
