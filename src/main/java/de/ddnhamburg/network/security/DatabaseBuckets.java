package de.ddnhamburg.network.security;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * A Bucket4j proxy manager over the table {@code rate_limit_bucket} (V190), so that the token
 * buckets of the anonymous forms are shared by every node on the database (issue 12, points 3 and
 * 9). Bucket4j core brings the algorithm and the protocol (lock the row, run the command on the
 * state, write it back); this class only supplies the SQL, in plain statements that H2 and
 * PostgreSQL both run, and Spring transactions. Each command runs in a short transaction of its own
 * ({@code REQUIRES_NEW}, also inside a caller's), which holds the row lock ({@code select ... for
 * update}) from reading the state to writing it. A key seen for the first time is inserted without
 * state and committed, then Bucket4j starts again and locks that row; of two nodes inserting the
 * same key, one loses on the primary key and simply starts again, too.
 *
 * <p>The time is the application's {@link Clock} (tests move it), in milliseconds: the buckets are
 * refilled by the clocks of the nodes, which must agree to a second or so (NTP), as the login
 * throttle's counters assume as well. A row is deleted by {@link #forgetFullBuckets()} once its
 * bucket would be full again, because a full bucket is what a missing row means.
 */
@Component
class DatabaseBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

    /** A stuck lock must not hang a form for long; a timeout fails the request instead. */
    private static final int TRANSACTION_TIMEOUT_SECONDS = 10;

    /** A row inserted without state is filled a moment later; this keeps it until then. */
    private static final long EMPTY_ROW_MILLIS = 60_000;

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final Clock clock;

    DatabaseBuckets(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        super(ClientSideConfig.getDefault().withClientClock(new ClockTime(clock)));
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        return new RowTransaction(key);
    }

    @Override
    public void removeProxy(String key) {
        jdbc.update("delete from rate_limit_bucket where bucket_key = ?", key);
    }

    /** Deletes the rows of buckets that are full again (and so mean nothing); on one node at a time. */
    @Scheduled(fixedDelay = 300_000, initialDelay = 300_000)
    @SchedulerLock(name = "rate-limit-buckets", lockAtMostFor = "PT5M")
    public void forgetFullBuckets() {
        jdbc.update("delete from rate_limit_bucket where expires_at < ?", clock.millis());
    }

    /** One Bucket4j command on one row, in a Spring transaction of its own. */
    private final class RowTransaction implements SelectForUpdateBasedTransaction {

        private final String key;
        private @Nullable TransactionStatus status;

        RowTransaction(String key) {
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            DefaultTransactionDefinition definition =
                    new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            definition.setTimeout(TRANSACTION_TIMEOUT_SECONDS);
            status = transactions.getTransaction(definition);
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            List<byte @Nullable []> rows = jdbc.query(
                    "select state from rate_limit_bucket where bucket_key = ? for update",
                    (rs, row) -> rs.getBytes("state"),
                    key);
            return rows.isEmpty() ? LockAndGetResult.notLocked() : LockAndGetResult.locked(rows.getFirst());
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            try {
                return jdbc.update(
                                "insert into rate_limit_bucket (bucket_key, state, expires_at) values (?, null, ?)",
                                key,
                                clock.millis() + EMPTY_ROW_MILLIS)
                        > 0;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException anotherNodeWasFirst) {
                // Bucket4j rolls back and starts again, and then finds the other node's row.
                return false;
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
            long now = clock.millis();
            long untilFull =
                    TimeUnit.NANOSECONDS.toMillis(state.calculateFullRefillingTime(TimeUnit.MILLISECONDS.toNanos(now)));
            jdbc.update(
                    "update rate_limit_bucket set state = ?, expires_at = ? where bucket_key = ?",
                    data,
                    now + untilFull + 1,
                    key);
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            TransactionStatus current = status;
            status = null;
            if (current != null) {
                transactions.commit(current);
            }
        }

        @Override
        public void rollback() {
            TransactionStatus current = status;
            status = null;
            if (current != null) {
                transactions.rollback(current);
            }
        }

        @Override
        public void release() {
            // Bucket4j always ends with commit or rollback; an exception between them must not
            // leave the transaction (and the row lock) open.
            rollback();
        }
    }

    /** The application's clock, so that tests can move time; milliseconds, as stored. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            return TimeUnit.MILLISECONDS.toNanos(clock.millis());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
