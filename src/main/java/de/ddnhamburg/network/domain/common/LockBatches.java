package de.ddnhamburg.network.domain.common;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several writes under one row lock (decision 011, "Several registrations per lock"; the congress
 * and events use it): writes for the same key (a congress, an event) that arrive while another
 * holds its lock queue here, in this JVM, without a connection, and the next of them to go places
 * up to {@code most} in one transaction: one lock, one read and one write of the counters and one
 * commit for all, each write's own rows and mail in between, in order of arrival. Whatever holds
 * across nodes is still the database's: each batch takes the row lock like any other writer.
 *
 * <p>A batch that fails (a second submit refused by the unique key, a rule the locked row decides,
 * anything) is rolled back whole and each of its writes placed again alone, in order, so that each
 * gets the answer it would have had alone, and one cannot fail another.
 *
 * <p>The work runs on whichever thread places the batch: it must take what it needs (the member,
 * the request) from its arguments, never from the calling thread (its security context).
 *
 * @param <L> what the lock opens for a batch: the locked row and the counters its writes share
 */
public final class LockBatches<L> {

    /** Takes the lock in the batch's transaction, and writes back what the batch changed. */
    public interface Lock<L> {

        L open(long key);

        void close(L opened);
    }

    /** One write's part, under the lock, with what the batch shares. */
    @FunctionalInterface
    public interface Work<L, T> {
        T place(L opened);
    }

    private final int most;
    private final Lock<L> lock;
    private final TransactionTemplate writing;
    private final Map<Long, Line> lines = new ConcurrentHashMap<>();

    /** @param most the most writes per lock: enough to share the lock's costs, few enough to keep it short */
    public LockBatches(PlatformTransactionManager transactions, int most, Lock<L> lock) {
        this.most = most;
        this.lock = lock;
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Places the work in the next batch for the key and answers with its result (or its exception). */
    public <T> T place(long key, Work<L, T> work) {
        Item<L, T> item = new Item<>(work);
        Line line = join(key);
        try {
            line.waiting.add(item);
            wait(line, key, item);
            return item.result();
        } finally {
            leave(key);
        }
    }

    /** Until the item is placed: leads batches while it can take the line's lead, else waits to be woken. */
    private void wait(Line line, long key, Item<?, ?> item) {
        while (!item.done) {
            if (line.leader.tryLock()) {
                try {
                    // First come, first placed: earlier items go before this one.
                    while (!item.done) {
                        run(key, line.next());
                    }
                } finally {
                    line.leader.unlock();
                }
                // Whoever waits first leads the next batch (if it is not placed already).
                Item<?, ?> first = line.waiting.peek();
                if (first != null) {
                    first.wake.release();
                }
            } else {
                item.wake.acquireUninterruptibly();
            }
        }
    }

    /** The key's line, counted as in use until {@link #leave}: made when a write for the key arrives. */
    private Line join(long key) {
        return lines.compute(key, (id, line) -> {
            Line joined = line == null ? new Line() : line;
            joined.users++;
            return joined;
        });
    }

    /**
     * Drops the line once nobody is in it, so that the keys of past events and congresses do not
     * stay in memory. Both run under the map's lock for the key, which makes the count exact.
     */
    private void leave(long key) {
        lines.computeIfPresent(key, (id, line) -> --line.users == 0 ? null : line);
    }

    /** How many keys have writes in line now (for tests). */
    int keysInUse() {
        return lines.size();
    }

    @SuppressWarnings("unchecked")
    private void run(long key, List<Item<?, ?>> batch) {
        try {
            writing.executeWithoutResult(status -> {
                L opened = lock.open(key);
                for (Item<?, ?> item : batch) {
                    ((Item<L, ?>) item).placeIn(opened);
                }
                lock.close(opened);
            });
            batch.forEach(Item::finish);
        } catch (RuntimeException | Error e) {
            if (batch.size() == 1) {
                batch.getFirst().fail(e instanceof RuntimeException failure ? failure : new IllegalStateException(e));
            } else {
                batch.forEach(item -> run(key, List.of(item)));
            }
        }
    }

    /** The writes waiting for one key, and who places the current batch. */
    private final class Line {

        final Queue<Item<?, ?>> waiting = new ConcurrentLinkedQueue<>();
        final ReentrantLock leader = new ReentrantLock();

        /** Writes that joined and have not left; changed only inside the map's compute for the key. */
        int users;

        List<Item<?, ?>> next() {
            List<Item<?, ?>> batch = new ArrayList<>();
            for (Item<?, ?> item = waiting.poll(); item != null; item = batch.size() < most ? waiting.poll() : null) {
                batch.add(item);
            }
            return batch;
        }
    }

    /** One write's work, its result once committed, and the signal that it is placed. */
    private static final class Item<L, T> {

        final Work<L, T> work;
        final Semaphore wake = new Semaphore(0);
        volatile boolean done;
        private @Nullable T pending;
        private @Nullable T result;
        private @Nullable RuntimeException failure;

        Item(Work<L, T> work) {
            this.work = work;
        }

        void placeIn(L opened) {
            pending = work.place(opened);
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
