package id.go.tangerangkota.mpp.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import id.go.tangerangkota.mpp.hub.support.Databases;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit chain on both databases the hub runs on: many appends at once give one gap-free valid
 * chain, a restarted writer continues it, and the verifier names a changed entry and a removed one.
 */
class AuditStorageTest {

    @TempDir
    Path folder;

    @Test
    void onH2() throws Exception {
        appendVerifyAndTamper(Databases.h2(folder));
    }

    @Test
    void onPostgres() throws Exception {
        Databases.PostgresSchema pg = Databases.postgres();
        try {
            appendVerifyAndTamper(pg.dataSource());
        } finally {
            Databases.dropPostgresSchema(pg);
        }
    }

    private static void appendVerifyAndTamper(DataSource ds) throws Exception {
        AuditStore store = new AuditStore(ds);
        AuditVerifier verifier = new AuditVerifier(store, 7);
        assertThat(verifier.verify()).isEqualTo(new AuditVerifier.Verification(true, 0, null, 0, AuditHash.GENESIS));

        List<CompletableFuture<AuditEntry>> appended = new ArrayList<>();
        try (AuditWriter writer = new AuditWriter(store, 16, 1000, Duration.ofSeconds(10), new SimpleMeterRegistry())) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 10; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    for (int i = 0; i < 20; i++) {
                        CompletableFuture<AuditEntry> f = writer.append(record("t" + thread + "-" + i));
                        synchronized (appended) {
                            appended.add(f);
                        }
                    }
                });
                worker.start();
                threads.add(worker);
            }
            for (Thread t : threads) {
                t.join();
            }
            CompletableFuture.allOf(appended.toArray(CompletableFuture[]::new)).get();
        }
        AuditVerifier.Verification v = verifier.verify();
        assertThat(v.firstBroken()).isNull();
        assertThat(v.valid()).isTrue();
        assertThat(v.entries()).isEqualTo(200);
        assertThat(v.lastSeq()).isEqualTo(200);
        assertThat(appended.stream().map(f -> f.join().seq()).distinct().count()).isEqualTo(200);

        // A new writer (a restarted hub) continues the chain where it ends.
        try (AuditWriter again = new AuditWriter(store, 16, 1000, Duration.ofSeconds(10), new SimpleMeterRegistry())) {
            AuditEntry next = again.appendAndWait(record("after-restart"));
            assertThat(next.seq()).isEqualTo(201);
            assertThat(next.prevHash()).isEqualTo(v.lastHash());
        }
        assertThat(verifier.verify().valid()).isTrue();

        JdbcTemplate sql = new JdbcTemplate(ds);
        sql.update("UPDATE audit_entry SET response_digest = ? WHERE seq = 77", "0".repeat(64));
        AuditVerifier.Verification changed = verifier.verify();
        assertThat(changed.valid()).isFalse();
        assertThat(changed.firstBroken().seq()).isEqualTo(77);
        assertThat(changed.firstBroken().reason()).isEqualTo("hash mismatch");
        assertThat(changed.entries()).isEqualTo(201);

        sql.update("DELETE FROM audit_entry WHERE seq = 50");
        AuditVerifier.Verification removed = verifier.verify();
        assertThat(removed.firstBroken().seq()).isEqualTo(50);
        assertThat(removed.firstBroken().reason()).isEqualTo("missing entry");
        assertThat(removed.entries()).isEqualTo(200);
    }

    private static AuditRecord record(String requestId) {
        return new AuditRecord(Instant.now(), AuditKind.AGENCY_CALL, "counter-mpp", "mpp", "COUNTER",
                "call-disdukcapil-nik-lookup", "POST", "/nik/{citizen.nik}", "disdukcapil", "nik-lookup", requestId,
                null, 200, "OK", Digests.sha256Hex(requestId.getBytes()), null);
    }
}
