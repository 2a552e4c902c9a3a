package de.ddnhamburg.network.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * Writes that queue while another holds the lock are placed together, in one transaction, in order
 * of arrival; one that fails fails alone, and the others of its batch are placed as if alone.
 */
class LockBatchesTest {

    /** What happened, in order: "open", each work's name, "close", "commit" or "rollback". */
    private final List<String> log = new CopyOnWriteArrayList<>();

    private final ExecutorService threads = Executors.newCachedThreadPool();

    private final LockBatches<List<String>> batches =
            new LockBatches<>(new Transactions(), 20, new LockBatches.Lock<>() {
                @Override
                public List<String> open(long key) {
                    log.add("open");
                    return new ArrayList<>();
                }

                @Override
                public void close(List<String> placed) {
                    log.add("close " + placed);
                }
            });

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void writes_queued_behind_the_lock_go_in_one_batch_and_a_failing_one_fails_alone() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = threads.submit(() -> batches.place(1, placed -> {
            holding.countDown();
            await(release);
            placed.add("first");
            return "first";
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        // Queued one after the other while the first holds the lock.
        List<Future<String>> queued = new ArrayList<>();
        for (String name : List.of("a", "fails", "b")) {
            queued.add(threads.submit(() -> batches.place(1, placed -> {
                log.add(name);
                if (name.equals("fails")) {
                    throw new DomainException("refused");
                }
                placed.add(name);
                return name;
            })));
            waitUntilQueued(queued.size());
        }
        assertThat(batches.keysInUse()).isOne();
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(queued.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("a");
        assertThat(queued.get(2).get(10, TimeUnit.SECONDS)).isEqualTo("b");
        assertThat(catching(queued.get(1))).isInstanceOf(DomainException.class);
        assertThat(log)
                .as("one lock for the three queued, rolled back whole, then each alone in order")
                .containsExactly(
                        "open",
                        "close [first]",
                        "commit",
                        "open",
                        "a",
                        "fails",
                        "rollback",
                        "open",
                        "a",
                        "close [a]",
                        "commit",
                        "open",
                        "fails",
                        "rollback",
                        "open",
                        "b",
                        "close [b]",
                        "commit");
        assertThat(batches.keysInUse())
                .as("no line is kept once everyone has left it")
                .isZero();
    }

    @Test
    void without_others_each_write_has_a_lock_of_its_own() {
        String one = batches.place(1, placed -> "one");
        String two = batches.place(2, placed -> "two");
        assertThat(List.of(one, two)).containsExactly("one", "two");
        assertThat(log).containsExactly("open", "close []", "commit", "open", "close []", "commit");
        assertThat(batches.keysInUse()).isZero();
    }

    /** Waits until that many callers wait for their batch (parked on their signal). */
    private void waitUntilQueued(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Thread.getAllStackTraces().keySet().stream()
                                .filter(thread -> thread.getState() == Thread.State.WAITING)
                                .filter(thread -> isWaitingForBatch(thread.getStackTrace()))
                                .count()
                        < count
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static boolean isWaitingForBatch(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals(LockBatches.class.getName())
                    && frame.getMethodName().equals("place")) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Throwable catching(Future<?> future) throws InterruptedException {
        try {
            future.get(10, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            return e;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Transactions that only log how they end. */
    private final class Transactions implements PlatformTransactionManager {

        @Override
        public TransactionStatus getTransaction(@Nullable TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
            log.add("commit");
        }

        @Override
        public void rollback(TransactionStatus status) {
            log.add("rollback");
        }
    }
}
