package id.go.tangerangkota.mpp.hub.request;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Commits citizen accesses that belong to no stored request (inquiries) in groups: callers queue an
 * access and wait; one writer thread takes whatever is queued, inserts it in one transaction and
 * only then lets the callers go on. The access is durable before the agency is asked, as with a
 * write of its own, but under load one commit serves many calls instead of one each: the benchmark
 * profile showed the per-inquiry commit at about 12 % of the hub's CPU on a NIK look-up.
 *
 * <p>A failed batch fails every access in it with the database's own exception; a full queue, a
 * stopped writer or a wait beyond the limit fail as a transient storage outage, so the counter gets
 * the storage problem (503) and the agency is not asked.
 */
public class AccessLogWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLogWriter.class);

    /** An access with the moment it was recorded. */
    public record StampedAccess(CitizenAccessLog.Access access, OffsetDateTime at) {
    }

    private final Consumer<List<StampedAccess>> insert;
    private final int batchSize;
    private final Duration wait;
    private final BlockingQueue<Pending> queue;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param insert        writes a batch in one transaction, or throws
     * @param batchSize     most accesses per commit
     * @param queueCapacity most accesses waiting for the writer
     * @param wait          longest wait for an access to be durable
     */
    public AccessLogWriter(Consumer<List<StampedAccess>> insert, int batchSize, int queueCapacity, Duration wait) {
        this.insert = insert;
        this.batchSize = batchSize;
        this.wait = wait;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.thread = new Thread(this::run, "mpp-access-log-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues the access and returns once it is committed; throws a {@link DataAccessException} if it is not. */
    public void recordAndWait(StampedAccess access) {
        Pending pending = new Pending(access, new CompletableFuture<>());
        if (!running || !queue.offer(pending)) {
            throw new TransientDataAccessResourceException(
                    running ? "the citizen access log is behind (queue full)" : "the citizen access log is stopped");
        }
        try {
            pending.done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof DataAccessException d ? d
                    : new TransientDataAccessResourceException("the citizen access could not be stored", failed.getCause());
        } catch (TimeoutException late) {
            throw new TransientDataAccessResourceException("the citizen access was not stored within " + wait, late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TransientDataAccessResourceException("interrupted while storing the citizen access", interrupted);
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
            } catch (InterruptedException stopped) {
                break;
            } finally {
                batch.clear();
            }
        }
        for (Pending left; (left = queue.poll()) != null;) {
            left.done.completeExceptionally(new TransientDataAccessResourceException("the citizen access log stopped"));
        }
    }

    private void write(List<Pending> batch) {
        try {
            insert.accept(batch.stream().map(Pending::access).toList());
        } catch (RuntimeException failed) {
            LOG.error("Could not record {} citizen accesses: {}", batch.size(), failed.toString());
            batch.forEach(p -> p.done.completeExceptionally(failed));
            return;
        }
        batch.forEach(p -> p.done.complete(null));
    }

    /** Stops taking accesses, writes what is queued (up to the wait) and stops the thread. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(wait.toMillis());
        thread.interrupt();
    }

    private record Pending(StampedAccess access, CompletableFuture<Void> done) {
    }
}
