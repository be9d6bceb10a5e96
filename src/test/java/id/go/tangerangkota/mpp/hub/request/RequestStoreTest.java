package id.go.tangerangkota.mpp.hub.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import id.go.tangerangkota.mpp.hub.support.Databases;
import id.go.tangerangkota.mpp.hub.support.MovableClock;
import id.go.tangerangkota.mpp.hub.support.TestDataKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The request store and the idempotency store on both databases the hub runs on.
 */
class RequestStoreTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 extends StoreContract {
        @BeforeAll
        void database(@TempDir Path folder) {
            useDataSource(Databases.h2(folder));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgreSql extends StoreContract {
        Databases.PostgresSchema schema;

        @BeforeAll
        void database() {
            schema = Databases.postgres();
            useDataSource(schema.dataSource());
        }

        @AfterAll
        void drop() {
            Databases.dropPostgresSchema(schema);
        }
    }

    /** What both databases must do alike. */
    abstract static class StoreContract {

        RequestStore store;
        IdempotencyStore idempotency;
        final MovableClock clock = new MovableClock(Instant.now());

        void useDataSource(DataSource ds) {
            store = new RequestStore(new JdbcTemplate(ds), new DataSourceTransactionManager(ds), clock,
                    TestDataKeys.cipher("t1"), new CitizenAccessLog(new JdbcTemplate(ds), clock));
            idempotency = new IdempotencyStore(new JdbcTemplate(ds), clock, Duration.ofMinutes(2),
                    TestDataKeys.cipher("t1"));
        }

        RequestStore.NewRequest newRequest(String nikHash, String agency) {
            return new RequestStore.NewRequest(RequestIds.next(), TrackingCodes.next(), agency, "birth-certificate",
                    "application", nikHash, "3671********0002", "demo-counter-mpp", "mpp-tangerang",
                    "{\"citizen\":{\"nik\":\"3671055208920002\"},\"data\":{}}", OffsetDateTime.now().plusDays(1),
                    "COUNTER", "Penerbitan Akta Kelahiran");
        }

        @Test
        void storesANewRequestAsReceivedWithHistory() {
            ServiceRequest r = store.create(newRequest("h-create", "disdukcapil"));

            assertThat(r.status()).isEqualTo(RequestStatus.RECEIVED);
            assertThat(r.payload()).contains("3671055208920002");
            assertThat(store.history(r.id())).extracting(HistoryEntry::status).containsExactly(RequestStatus.RECEIVED);
        }

        @Test
        void walksTheLifeOfAnApplicationAndKeepsEveryStep() {
            String id = store.create(newRequest("h-life", "disdukcapil")).id();

            assertThat(store.transition(id, RequestStatus.RECEIVED, RequestStatus.QUEUED, "queued")).isTrue();
            assertThat(store.transition(id, RequestStatus.QUEUED, RequestStatus.DISPATCHED, "sent")).isTrue();
            assertThat(store.transition(id, RequestStatus.DISPATCHED, RequestStatus.COMPLETED, "done", "AKTA-1",
                    "{\"documentNumber\":\"AKTA-1\"}", null)).isTrue();

            ServiceRequest r = store.find(id).orElseThrow();
            assertThat(r.status()).isEqualTo(RequestStatus.COMPLETED);
            assertThat(r.agencyReference()).isEqualTo("AKTA-1");
            assertThat(r.result()).contains("AKTA-1");
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(store.history(id)).extracting(HistoryEntry::status).containsExactly(RequestStatus.RECEIVED,
                    RequestStatus.QUEUED, RequestStatus.DISPATCHED, RequestStatus.COMPLETED);
        }

        @Test
        void aMoveFromTheWrongStateChangesNothing() {
            String id = store.create(newRequest("h-race", "disdukcapil")).id();
            store.transition(id, RequestStatus.RECEIVED, RequestStatus.QUEUED, "queued");

            assertThat(store.transition(id, RequestStatus.RECEIVED, RequestStatus.QUEUED, "again")).isFalse();
            assertThat(store.history(id)).hasSize(2);
        }

        @Test
        void forbiddenMovesAreRefused() {
            String id = store.create(newRequest("h-forbidden", "disdukcapil")).id();

            assertThatThrownBy(() -> store.transition(id, RequestStatus.COMPLETED, RequestStatus.QUEUED, "back"))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> store.transition(id, RequestStatus.RECEIVED, RequestStatus.COMPLETED, "skip"))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(store.find(id).orElseThrow().status()).isEqualTo(RequestStatus.RECEIVED);
        }

        @Test
        void concurrentDeliveriesMoveARequestOnlyOnce() throws Exception {
            String id = store.create(newRequest("h-concurrent", "disdukcapil")).id();
            store.transition(id, RequestStatus.RECEIVED, RequestStatus.QUEUED, "queued");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                Callable<Boolean> dispatch = () -> store.transition(id, RequestStatus.QUEUED,
                        RequestStatus.DISPATCHED, "sent");
                int moved = 0;
                for (Future<Boolean> f : pool.invokeAll(java.util.Collections.nCopies(8, dispatch))) {
                    moved += f.get() ? 1 : 0;
                }
                assertThat(moved).isEqualTo(1);
            } finally {
                pool.shutdown();
            }
            assertThat(store.history(id)).hasSize(3);
        }

        @Test
        void searchesByNikHashAgencyAndStatusWithPaging() {
            for (int i = 0; i < 3; i++) {
                store.create(newRequest("h-search", "disdukcapil"));
            }
            String queued = store.create(newRequest("h-search", "polres")).id();
            store.transition(queued, RequestStatus.RECEIVED, RequestStatus.QUEUED, "queued");

            RequestStore.Page all = store.search(new RequestStore.RequestQuery("h-search", null, null, null, 0, 2));
            RequestStore.Page second = store.search(new RequestStore.RequestQuery("h-search", null, null, null, 1, 2));
            RequestStore.Page polres = store.search(
                    new RequestStore.RequestQuery("h-search", "polres", RequestStatus.QUEUED, null, 0, 10));

            assertThat(all.total()).isEqualTo(4);
            assertThat(all.items()).hasSize(2);
            assertThat(second.items()).hasSize(2).doesNotContainAnyElementsOf(all.items());
            assertThat(polres.items()).extracting(ServiceRequest::id).containsExactly(queued);
        }

        @Test
        void idempotencyKeyIsClaimedOnceRememberedAndReleasable() {
            String key = "key-" + RequestIds.next();

            assertThat(idempotency.claim("client-a", key, "hash-1")).isEmpty();
            assertThat(idempotency.claim("client-a", key, "hash-1")).hasValueSatisfying(r ->
                    assertThat(r.inProgress()).isTrue());
            assertThat(idempotency.claim("client-b", key, "hash-9")).isEmpty();

            idempotency.remember("client-a", key, 202, "/api/v1/requests/x", "{\"requestId\":\"x\"}");
            assertThat(idempotency.claim("client-a", key, "hash-2")).hasValueSatisfying(r -> {
                assertThat(r.statusCode()).isEqualTo(202);
                assertThat(r.requestHash()).isEqualTo("hash-1");
                assertThat(r.responseBody()).contains("\"x\"");
            });

            idempotency.release("client-b", key);
            assertThat(idempotency.claim("client-b", key, "hash-3")).isEmpty();
        }

        @Test
        void aClaimLeftByACrashedRequestExpiresButAnAnsweredKeyDoesNot() {
            String abandoned = "abandoned-" + RequestIds.next();
            String answered = "answered-" + RequestIds.next();
            idempotency.claim("client-c", abandoned, "hash-1");
            idempotency.claim("client-c", answered, "hash-1");
            idempotency.remember("client-c", answered, 202, "/x", "{}");

            clock.advance(Duration.ofMinutes(1));
            assertThat(idempotency.claim("client-c", abandoned, "hash-1")).hasValueSatisfying(r ->
                    assertThat(r.inProgress()).isTrue());

            clock.advance(Duration.ofMinutes(2));
            assertThat(idempotency.claim("client-c", abandoned, "hash-1")).isEmpty();
            assertThat(idempotency.claim("client-c", answered, "hash-1")).hasValueSatisfying(r ->
                    assertThat(r.statusCode()).isEqualTo(202));
        }

        @Test
        void answersArePurgedAfterTheRetention() {
            String key = "old-" + RequestIds.next();
            idempotency.claim("client-d", key, "hash-1");
            idempotency.remember("client-d", key, 200, null, "{\"result\":\"personal\"}");

            clock.advance(Duration.ofDays(2));
            assertThat(idempotency.purgeOlderThan(Duration.ofDays(1))).isGreaterThanOrEqualTo(1);

            assertThat(idempotency.claim("client-d", key, "hash-2")).isEmpty();
        }
    }
}
