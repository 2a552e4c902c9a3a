package de.ddnhamburg.network.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A row's lock ({@code select ... for update}) held by a transaction of its own until {@link
 * #release}, as a slow writer on another node would hold it: what arrives meanwhile has to wait
 * for it, and sees what the holder changed once it commits.
 */
public final class HeldRowLock implements AutoCloseable {

    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<?> holding;

    private HeldRowLock(
            PlatformTransactionManager transactions,
            JdbcTemplate jdbc,
            String table,
            long id,
            Consumer<JdbcTemplate> alsoInTheTransaction)
            throws InterruptedException {
        CountDownLatch locked = new CountDownLatch(1);
        holding = thread.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.queryForObject("select id from " + table + " where id = ? for update", Long.class, id);
            alsoInTheTransaction.accept(jdbc);
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS))
                .as("the row lock was taken")
                .isTrue();
    }

    /** Locks the row and returns once it is held. */
    public static HeldRowLock hold(PlatformTransactionManager transactions, JdbcTemplate jdbc, String table, long id)
            throws InterruptedException {
        return new HeldRowLock(transactions, jdbc, table, id, unchanged -> {});
    }

    /** Locks the row, makes a change in the same transaction (committed on release), and returns once held. */
    public static HeldRowLock holdAndChange(
            PlatformTransactionManager transactions,
            JdbcTemplate jdbc,
            String table,
            long id,
            Consumer<JdbcTemplate> change)
            throws InterruptedException {
        return new HeldRowLock(transactions, jdbc, table, id, change);
    }

    /** Commits and so lets the waiting go on; returns once committed. */
    public void release() throws Exception {
        release.countDown();
        try {
            holding.get(20, TimeUnit.SECONDS);
        } finally {
            thread.shutdown();
        }
    }

    @Override
    public void close() {
        release.countDown();
        thread.shutdownNow();
    }
}
