package id.go.tangerangkota.mpp.hub.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends entries to the chain with one writer thread and group commit. Callers enqueue a record and
 * wait for its future; the writer takes whatever is queued (up to the batch size), chains the hashes
 * in queue order, inserts the batch in one transaction and only then completes the futures. So the
 * chain has one order and no gaps without a lock held around each insert, and under load one commit
 * serves many calls.
 *
 * <p>The writer reads the last entry before its first batch, and again after any failed batch (the
 * commit may or may not have happened), so the chain always continues from what is stored.
 */
public class AuditWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditWriter.class);

    private final AuditStore store;
    private final int batchSize;
    private final Duration wait;
    private final BlockingQueue<Pending> queue;
    private final Counter failures;
    private final Thread thread;
    private volatile boolean running = true;

    // Touched by the writer thread only.
    private boolean chainKnown;
    private long lastSeq;
    private String lastHash;

    public AuditWriter(AuditStore store, int batchSize, int queueCapacity, Duration wait, MeterRegistry meters) {
        this.store = store;
        this.batchSize = batchSize;
        this.wait = wait;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.failures = Counter.builder("mpp.audit.append.failures")
                .description("Audit entries that could not be appended (storage down, queue full, writer stopped)")
                .register(meters);
        Gauge.builder("mpp.audit.queue", queue, BlockingQueue::size)
                .description("Audit entries waiting for the writer").register(meters);
        this.thread = new Thread(this::run, "mpp-audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a record; the future completes once its entry is committed, or fails. */
    public CompletableFuture<AuditEntry> append(AuditRecord record) {
        Pending pending = new Pending(record, new CompletableFuture<>());
        if (!running || !queue.offer(pending)) {
            failures.increment();
            pending.done.completeExceptionally(new AuditUnavailableException(
                    running ? "the audit writer is behind (queue full)" : "the audit writer is stopped", null));
        }
        return pending.done;
    }

    /** Appends a record and waits until its entry is durable. */
    public AuditEntry appendAndWait(AuditRecord record) {
        try {
            return append(record).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AuditUnavailableException a ? a
                    : new AuditUnavailableException("the audit entry could not be stored", e.getCause());
        } catch (TimeoutException e) {
            throw new AuditUnavailableException("the audit entry was not stored within " + wait, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailableException("interrupted while storing the audit entry", e);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                write(batch);
            } catch (InterruptedException e) {
                // close() interrupts only after the queue drained or its wait ran out.
                break;
            } finally {
                batch.clear();
            }
        }
        for (Pending left; (left = queue.poll()) != null;) {
            failures.increment();
            left.done.completeExceptionally(new AuditUnavailableException("the audit writer stopped", null));
        }
    }

    private void write(List<Pending> batch) {
        List<AuditEntry> entries = new ArrayList<>(batch.size());
        try {
            if (!chainKnown) {
                AuditEntry last = store.last().orElse(null);
                lastSeq = last == null ? 0 : last.seq();
                lastHash = last == null ? AuditHash.GENESIS : last.hash();
                chainKnown = true;
            }
            long seq = lastSeq;
            String prev = lastHash;
            for (Pending p : batch) {
                AuditEntry entry = AuditEntry.chain(++seq, p.record, prev);
                entries.add(entry);
                prev = entry.hash();
            }
            store.append(entries);
        } catch (RuntimeException e) {
            chainKnown = false;
            failures.increment(batch.size());
            LOG.error("Could not append {} audit entries: {}", batch.size(), e.toString());
            AuditUnavailableException failure = new AuditUnavailableException("the audit trail cannot be written", e);
            batch.forEach(p -> p.done.completeExceptionally(failure));
            return;
        }
        AuditEntry last = entries.get(entries.size() - 1);
        lastSeq = last.seq();
        lastHash = last.hash();
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done.complete(entries.get(i));
        }
    }

    /** Stops taking entries, writes what is queued (up to the wait) and stops the thread. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(wait.toMillis());
        thread.interrupt();
    }

    private record Pending(AuditRecord record, CompletableFuture<AuditEntry> done) {
    }
}
