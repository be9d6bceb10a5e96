package id.go.tangerangkota.mpp.hub.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import id.go.tangerangkota.mpp.hub.store.GroupCommitWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Appends entries to the chain in group commits ({@link GroupCommitWriter}): the writer thread
 * chains the hashes of each batch in queue order and inserts the batch in one transaction before
 * the callers go on. So the chain has one order and no gaps without a lock held around each insert.
 *
 * <p>The writer reads the last entry before its first batch, and again after any failed batch (the
 * commit may or may not have happened), so the chain always continues from what is stored.
 */
public class AuditWriter implements AutoCloseable {

    private final AuditStore store;
    private final GroupCommitWriter<AuditRecord, AuditEntry> writer;

    // Touched by the writer thread only.
    private boolean chainKnown;
    private long lastSeq;
    private String lastHash;

    public AuditWriter(AuditStore store, int batchSize, int queueCapacity, Duration wait, MeterRegistry meters) {
        this.store = store;
        Counter failures = Counter.builder("mpp.audit.append.failures")
                .description("Audit entries that could not be appended (storage down, queue full, writer stopped)")
                .register(meters);
        this.writer = new GroupCommitWriter<>("audit entry", this::chainAndInsert, batchSize, queueCapacity, wait,
                AuditUnavailableException::new, failures::increment);
        Gauge.builder("mpp.audit.queue", writer, GroupCommitWriter::queued)
                .description("Audit entries waiting for the writer").register(meters);
    }

    /** Queues a record; the future completes once its entry is committed, or fails. */
    public CompletableFuture<AuditEntry> append(AuditRecord record) {
        return writer.submit(record);
    }

    /** Appends a record and waits until its entry is durable; throws {@link AuditUnavailableException} if it is not. */
    public AuditEntry appendAndWait(AuditRecord record) {
        return writer.submitAndWait(record);
    }

    private List<AuditEntry> chainAndInsert(List<AuditRecord> batch) {
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
            for (AuditRecord record : batch) {
                AuditEntry entry = AuditEntry.chain(++seq, record, prev);
                entries.add(entry);
                prev = entry.hash();
            }
            store.append(entries);
        } catch (RuntimeException e) {
            chainKnown = false;
            throw e;
        }
        AuditEntry last = entries.get(entries.size() - 1);
        lastSeq = last.seq();
        lastHash = last.hash();
        return entries;
    }

    /** Stops taking entries, writes what is queued (up to the wait) and stops the thread. */
    @Override
    public void close() throws InterruptedException {
        writer.close();
    }
}
