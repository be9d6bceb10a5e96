package id.go.tangerangkota.mpp.hub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GroupCommitWriterTest {

    /** The owner's exception in these tests: it keeps the message and the cause. */
    static final class StorageDown extends RuntimeException {
        StorageDown(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final AtomicInteger notWritten = new AtomicInteger();

    @Test
    void callersWaitingTogetherShareACommitAndEachReturnsOnlyOnceItsItemIsWritten() throws Exception {
        List<List<String>> commits = new CopyOnWriteArrayList<>();
        CountDownLatch firstCommitHeld = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        GroupCommitWriter<String, String> writer = writer(batch -> {
            if (commits.isEmpty()) {
                firstCommitHeld.countDown();
                await(othersQueued);
            }
            commits.add(List.copyOf(batch));
            return batch;
        }, Duration.ofSeconds(10));
        ExecutorService callers = Executors.newFixedThreadPool(50);
        try {
            Future<String> first = callers.submit(() -> writer.submitAndWait("first"));
            assertThat(firstCommitHeld.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> rest = new ArrayList<>();
            for (int i = 0; i < 49; i++) {
                String item = "r" + i;
                rest.add(callers.submit(() -> writer.submitAndWait(item)));
            }
            Thread.sleep(200);
            assertThat(rest).as("nobody returns before its item is written").noneMatch(Future::isDone);
            othersQueued.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
            for (int i = 0; i < rest.size(); i++) {
                assertThat(rest.get(i).get(5, TimeUnit.SECONDS)).as("each caller gets its own item's result")
                        .isEqualTo("r" + i);
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
    void itemsAreWrittenInTheOrderTheyWereQueuedAndEachBatchIsAtMostTheBatchSize() throws Exception {
        List<List<Integer>> commits = new CopyOnWriteArrayList<>();
        GroupCommitWriter<Integer, Integer> writer = new GroupCommitWriter<>("number", batch -> {
            commits.add(List.copyOf(batch));
            return batch;
        }, 16, 1000, Duration.ofSeconds(10), StorageDown::new, notWritten::addAndGet);
        try {
            List<CompletableFuture<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                futures.add(writer.submit(i));
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            assertThat(commits.stream().flatMap(List::stream).toList())
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 500).boxed().toList());
            assertThat(commits).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(16));
        } finally {
            writer.close();
        }
    }

    @Test
    void aFailedCommitFailsEveryCallerInItWithTheOwnersExceptionAroundTheCauseAndCountsThem() throws Exception {
        IllegalStateException databaseDown = new IllegalStateException("database down");
        GroupCommitWriter<String, String> writer = writer(batch -> {
            throw databaseDown;
        }, Duration.ofSeconds(5));
        try {
            assertThatThrownBy(() -> writer.submitAndWait("x")).isInstanceOf(StorageDown.class)
                    .hasMessage("the test item batch could not be written").hasCause(databaseDown);
            assertThat(notWritten).hasValue(1);
        } finally {
            writer.close();
        }
    }

    @Test
    void aStoppedWriterRefusesAtOnceAndCountsTheRefusal() throws Exception {
        GroupCommitWriter<String, String> writer = writer(batch -> batch, Duration.ofSeconds(5));
        writer.close();
        assertThatThrownBy(() -> writer.submitAndWait("late")).isInstanceOf(StorageDown.class)
                .hasMessage("the test item writer is stopped");
        assertThat(notWritten).hasValue(1);
    }

    @Test
    void aFullQueueRefusesAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        GroupCommitWriter<String, String> writer = new GroupCommitWriter<>("test item", batch -> {
            await(release);
            return batch;
        }, 1, 2, Duration.ofSeconds(10), StorageDown::new, notWritten::addAndGet);
        try {
            CompletableFuture<String> beingWritten = writer.submit("a");
            // The writer takes "a" and holds its commit; two more fill the queue of two.
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> writer.queued() == 0);
            writer.submit("b");
            writer.submit("c");
            CompletableFuture<String> refused = writer.submit("d");
            assertThat(refused).isCompletedExceptionally();
            assertThatThrownBy(refused::join).hasCauseInstanceOf(StorageDown.class)
                    .hasMessageContaining("the test item writer is behind (queue full)");
            release.countDown();
            assertThat(beingWritten.get(5, TimeUnit.SECONDS)).isEqualTo("a");
        } finally {
            release.countDown();
            writer.close();
        }
    }

    @Test
    void aCommitSlowerThanTheWaitFailsTheCallerWithTheOwnersException() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        GroupCommitWriter<String, String> writer = writer(batch -> {
            await(release);
            return batch;
        }, Duration.ofMillis(200));
        try {
            assertThatThrownBy(() -> writer.submitAndWait("slow")).isInstanceOf(StorageDown.class)
                    .hasMessage("the test item was not stored within PT0.2S");
        } finally {
            release.countDown();
            writer.close();
        }
    }

    @Test
    void closingWritesWhatIsQueuedFirst() throws Exception {
        List<String> written = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        GroupCommitWriter<String, String> writer = writer(batch -> {
            await(release);
            written.addAll(batch);
            return batch;
        }, Duration.ofSeconds(10));
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            futures.add(writer.submit("q" + i));
        }
        release.countDown();
        writer.close();
        assertThat(futures).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(written).hasSize(20);
        assertThat(notWritten).hasValue(0);
    }

    private GroupCommitWriter<String, String> writer(GroupCommitWriter.BatchWrite<String, String> write, Duration wait) {
        return new GroupCommitWriter<>("test item", write, 256, 1000, wait, StorageDown::new, notWritten::addAndGet);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
