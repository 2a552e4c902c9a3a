package de.ddnhamburg.network.domain.congress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several registrations for one congress under one congress lock (decision 011, "Several
 * registrations per lock"): registrations that arrive while another holds the lock queue here, in
 * this JVM, without a connection, and the next of them to go places up to {@value #MOST} in one
 * transaction: one lock, one read of the counters, one write of them and one commit for all, each
 * registration's own rows and mail in between, in order of arrival. Whatever holds across nodes
 * is still the database's: each batch takes the congress's row lock like any other placement.
 *
 * <p>A batch that fails (a second submit refused by the unique key, a rule the locked row decides,
 * anything) is rolled back whole and each of its registrations placed again alone, in order, so
 * that each gets the answer it would have had alone, and one cannot fail another.
 *
 * <p>The work runs on whichever thread places the batch: it must take what it needs (the member,
 * the request) from its arguments, never from the calling thread (its security context).
 */
@Component
class CongressLockBatches {

    /** The most registrations per lock: enough to share the lock's costs, few enough to keep it short. */
    static final int MOST = 20;

    /** One registration's part, under the lock, with the counters the batch shares. */
    @FunctionalInterface
    interface Work<T> {
        T place(Congress locked, CongressPlaces places);
    }

    private final CongressPlacement placement;
    private final TransactionTemplate writing;
    private final Map<Long, Line> lines = new ConcurrentHashMap<>();

    CongressLockBatches(CongressPlacement placement, PlatformTransactionManager transactions) {
        this.placement = placement;
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Places the work in the next batch for the congress and answers with its result (or its exception). */
    <T> T place(long congressId, Work<T> work) {
        Item<T> item = new Item<>(work);
        Line line = lines.computeIfAbsent(congressId, id -> new Line());
        line.waiting.add(item);
        while (!item.done) {
            if (line.leader.tryLock()) {
                try {
                    // First come, first placed: earlier items go before this one.
                    while (!item.done) {
                        run(congressId, line.next());
                    }
                } finally {
                    line.leader.unlock();
                }
                // Whoever waits first leads the next batch (if it is not placed already).
                Item<?> first = line.waiting.peek();
                if (first != null) {
                    first.wake.release();
                }
            } else {
                item.wake.acquireUninterruptibly();
            }
        }
        return item.result();
    }

    private void run(long congressId, List<Item<?>> batch) {
        try {
            writing.executeWithoutResult(status -> {
                Congress locked = placement.lock(congressId);
                CongressPlaces places = placement.open(locked);
                for (Item<?> item : batch) {
                    item.placeIn(locked, places);
                }
                places.store();
            });
            batch.forEach(Item::finish);
        } catch (RuntimeException | Error e) {
            if (batch.size() == 1) {
                batch.getFirst().fail(e instanceof RuntimeException failure ? failure : new IllegalStateException(e));
            } else {
                batch.forEach(item -> run(congressId, List.of(item)));
            }
        }
    }

    /** The registrations waiting for one congress, and who places the current batch. */
    private static final class Line {

        final Queue<Item<?>> waiting = new ConcurrentLinkedQueue<>();
        final ReentrantLock leader = new ReentrantLock();

        List<Item<?>> next() {
            List<Item<?>> batch = new ArrayList<>();
            for (Item<?> item = waiting.poll(); item != null; item = batch.size() < MOST ? waiting.poll() : null) {
                batch.add(item);
            }
            return batch;
        }
    }

    /** One registration's work, its result once committed, and the signal that it is placed. */
    private static final class Item<T> {

        final Work<T> work;
        final Semaphore wake = new Semaphore(0);
        volatile boolean done;
        private @Nullable T pending;
        private @Nullable T result;
        private @Nullable RuntimeException failure;

        Item(Work<T> work) {
            this.work = work;
        }

        void placeIn(Congress locked, CongressPlaces places) {
            pending = work.place(locked, places);
        }

        /** Committed: the result stands. */
        void finish() {
            result = pending;
            done = true;
            wake.release();
        }

        void fail(RuntimeException e) {
            failure = e;
            done = true;
            wake.release();
        }

        T result() {
            if (failure != null) {
                throw failure;
            }
            return Objects.requireNonNull(result);
        }
    }
}
