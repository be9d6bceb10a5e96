package id.go.tangerangkota.mpp.hub.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit with one writer thread: callers queue an item and get a future; the writer takes
 * whatever is queued (up to the batch size), writes it in one transaction and only then completes
 * the futures, in queue order. Each record is durable before its caller goes on, as with a write of
 * its own, but under load one commit serves many calls instead of one each (the benchmark's profile
 * showed per-call commits among the hub's largest costs).
 *
 * <p>Failures reach callers as the exception the owner builds from a message and a cause: a failed
 * batch fails every item in it (cause: what the write threw); a full queue, a stopped writer, a wait
 * beyond the limit or an interrupted wait fail the one item (no cause, or the wait's own exception).
 *
 * @param <T> what callers queue
 * @param <R> what each written item gives back to its caller
 */
public final class GroupCommitWriter<T, R> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);

    /** Writes one batch in one transaction and returns one result per item, in order; or throws. */
    @FunctionalInterface
    public interface BatchWrite<T, R> {
        List<R> write(List<T> batch);
    }

    private final String what;
    private final BatchWrite<T, R> write;
    private final int batchSize;
    private final Duration wait;
    private final BiFunction<String, Throwable, RuntimeException> failure;
    private final IntConsumer failed;
    private final BlockingQueue<Pending<T, R>> queue;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * Starts the writer thread.
     *
     * @param what          what an item is, in the singular ("audit entry"): thread name and messages
     * @param write         writes a batch in one transaction
     * @param batchSize     most items per commit
     * @param queueCapacity most items waiting for the writer
     * @param wait          longest wait of {@link #submitAndWait} for an item to be durable
     * @param failure       the exception callers get, from a message and a cause (may be null)
     * @param failed        told how many items were not written, each time some are not
     */
    public GroupCommitWriter(String what, BatchWrite<T, R> write, int batchSize, int queueCapacity, Duration wait,
            BiFunction<String, Throwable, RuntimeException> failure, IntConsumer failed) {
        this.what = what;
        this.write = write;
        this.batchSize = batchSize;
        this.wait = wait;
        this.failure = failure;
        this.failed = failed;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.thread = new Thread(this::run, "mpp-writer-" + what.replace(' ', '-'));
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues an item; the future completes with its result once it is committed, or fails. */
    public CompletableFuture<R> submit(T item) {
        Pending<T, R> pending = new Pending<>(item, new CompletableFuture<>());
        if (!running || !queue.offer(pending)) {
            failed.accept(1);
            pending.done.completeExceptionally(failure.apply(
                    running ? "the " + what + " writer is behind (queue full)" : "the " + what + " writer is stopped", null));
        }
        return pending.done;
    }

    /** Queues an item and returns its result once it is committed; throws the owner's exception if it is not. */
    public R submitAndWait(T item) {
        try {
            return submit(item).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : failure.apply("the " + what + " could not be stored", e.getCause());
        } catch (TimeoutException e) {
            throw failure.apply("the " + what + " was not stored within " + wait, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure.apply("interrupted while storing the " + what, e);
        }
    }

    /** How many items wait for the writer. */
    public int queued() {
        return queue.size();
    }

    private void run() {
        List<Pending<T, R>> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                Pending<T, R> first = queue.poll(200, TimeUnit.MILLISECONDS);
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
        for (Pending<T, R> left; (left = queue.poll()) != null;) {
            failed.accept(1);
            left.done.completeExceptionally(failure.apply("the " + what + " writer stopped", null));
        }
    }

    private void write(List<Pending<T, R>> batch) {
        List<R> results;
        try {
            results = write.write(batch.stream().map(Pending::item).toList());
        } catch (RuntimeException e) {
            failed.accept(batch.size());
            LOG.error("Could not write a batch of {} ({}): {}", batch.size(), what, e.toString());
            RuntimeException failure = this.failure.apply("the " + what + " batch could not be written", e);
            batch.forEach(p -> p.done.completeExceptionally(failure));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done.complete(results.get(i));
        }
    }

    /** Stops taking items, writes what is queued (up to the wait) and stops the thread. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(wait.toMillis());
        thread.interrupt();
    }

    private record Pending<T, R>(T item, CompletableFuture<R> done) {
    }
}
