package id.go.tangerangkota.mpp.hub.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;

class AccessLogWriterTest {

    @Test
    void callersWaitingTogetherShareACommitAndEachReturnsOnlyOnceItsAccessIsWritten() throws Exception {
        List<List<AccessLogWriter.StampedAccess>> commits = new CopyOnWriteArrayList<>();
        CountDownLatch firstCommitHeld = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        AccessLogWriter writer = new AccessLogWriter(batch -> {
            if (commits.isEmpty()) {
                firstCommitHeld.countDown();
                await(othersQueued);
            }
            commits.add(List.copyOf(batch));
        }, 256, 1000, Duration.ofSeconds(10));
        ExecutorService callers = Executors.newFixedThreadPool(50);
        try {
            Future<?> first = callers.submit(() -> writer.recordAndWait(access("first")));
            assertThat(firstCommitHeld.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<?>> rest = new java.util.ArrayList<>();
            for (int i = 0; i < 49; i++) {
                int n = i;
                rest.add(callers.submit(() -> writer.recordAndWait(access("r" + n))));
            }
            Thread.sleep(200);
            assertThat(rest).as("nobody returns before its access is written").noneMatch(Future::isDone);
            othersQueued.countDown();
            first.get(5, TimeUnit.SECONDS);
            for (Future<?> f : rest) {
                f.get(5, TimeUnit.SECONDS);
            }
            assertThat(commits.stream().mapToInt(List::size).sum()).isEqualTo(50);
            assertThat(commits.get(0)).hasSize(1);
            assertThat(commits.size()).as("the 49 who waited behind the first commit share few commits").isLessThan(10);
        } finally {
            callers.shutdownNow();
            writer.close();
        }
    }

    @Test
    void aFailedCommitFailsItsCallersWithTheDatabasesException() throws Exception {
        AccessLogWriter writer = new AccessLogWriter(batch -> {
            throw new DataAccessResourceFailureException("database down");
        }, 256, 1000, Duration.ofSeconds(5));
        try {
            assertThatThrownBy(() -> writer.recordAndWait(access("x")))
                    .isInstanceOf(DataAccessResourceFailureException.class).hasMessage("database down");
        } finally {
            writer.close();
        }
    }

    @Test
    void aStoppedWriterRefusesAsATransientStorageOutage() throws Exception {
        AccessLogWriter writer = new AccessLogWriter(batch -> { }, 256, 1000, Duration.ofSeconds(5));
        writer.close();
        assertThatThrownBy(() -> writer.recordAndWait(access("late")))
                .isInstanceOf(TransientDataAccessResourceException.class).hasMessageContaining("stopped");
    }

    @Test
    void aCommitSlowerThanTheWaitIsATransientStorageOutage() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AccessLogWriter writer = new AccessLogWriter(batch -> await(release), 256, 1000, Duration.ofMillis(200));
        try {
            assertThatThrownBy(() -> writer.recordAndWait(access("slow")))
                    .isInstanceOf(TransientDataAccessResourceException.class).hasMessageContaining("not stored within");
        } finally {
            release.countDown();
            writer.close();
        }
    }

    private static AccessLogWriter.StampedAccess access(String requestId) {
        return new AccessLogWriter.StampedAccess(new CitizenAccessLog.Access("hash", "client", "site", "COUNTER",
                "disdukcapil", "nik-lookup", requestId, "purpose"), OffsetDateTime.parse("2026-11-23T02:00:00Z"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
