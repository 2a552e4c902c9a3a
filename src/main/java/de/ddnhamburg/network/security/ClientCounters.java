package de.ddnhamburg.network.security;

import de.ddnhamburg.network.domain.common.RetryOnLostRace;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counters of the login throttle, kept in the database
 * (table {@code client_counter}, V181) so that every node behind the proxy counts the same
 * (issue 12, point 9): a failure on one node delays the next attempt on another. Memory holds
 * nothing. A counter is changed only under its row lock ({@code select ... for update}), in a short
 * transaction of its own, so that two nodes never lose an update; the first write of a key is an
 * insert that a racing node may win, and then runs again and finds its row
 * ({@link RetryOnLostRace}). Times are epoch milliseconds, so the arithmetic is the same on H2
 * and PostgreSQL. (The anonymous forms' limits are Bucket4j buckets in {@link DatabaseBuckets}.)
 */
@Component
class ClientCounters {

    /** A count (failures), and when it was last changed. */
    record Counter(double amount, Instant touchedAt) {}

    /**
     * What an update writes: the new counter, when it no longer matters (the job then forgets it),
     * and the answer for the caller, such as whether a token was taken.
     */
    record Change(Counter next, Instant expiresAt, boolean accepted) {}

    private static final RowMapper<Counter> COUNTER =
            (rs, row) -> new Counter(rs.getDouble("amount"), Instant.ofEpochMilli(rs.getLong("touched_at")));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ClientCounters(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The counter as it stands, or empty for a key never counted (or forgotten). */
    @Transactional(readOnly = true)
    public Optional<Counter> read(String key) {
        return jdbc.query("select amount, touched_at from client_counter where counter_key = ?", COUNTER, key).stream()
                .findFirst();
    }

    /**
     * Changes the counter under its row lock: {@code change} gets the current counter ({@code null}
     * for a new key) and says what to write.
     */
    @RetryOnLostRace
    public Change update(String key, Function<@Nullable Counter, Change> change) {
        List<Counter> current = jdbc.query(
                "select amount, touched_at from client_counter where counter_key = ? for update", COUNTER, key);
        Change next = change.apply(current.isEmpty() ? null : current.getFirst());
        if (current.isEmpty()) {
            jdbc.update(
                    "insert into client_counter (counter_key, amount, touched_at, expires_at) values (?, ?, ?, ?)",
                    key,
                    next.next().amount(),
                    next.next().touchedAt().toEpochMilli(),
                    next.expiresAt().toEpochMilli());
        } else {
            jdbc.update(
                    "update client_counter set amount = ?, touched_at = ?, expires_at = ? where counter_key = ?",
                    next.next().amount(),
                    next.next().touchedAt().toEpochMilli(),
                    next.expiresAt().toEpochMilli(),
                    key);
        }
        return next;
    }

    @Transactional
    public void delete(String key) {
        jdbc.update("delete from client_counter where counter_key = ?", key);
    }

    /**
     * Forgets counters that no longer delay or limit anybody, so the table holds only the last
     * minutes' failures and buckets that are not full; on one node at a time.
     */
    @Scheduled(fixedDelay = 300_000, initialDelay = 300_000)
    @SchedulerLock(name = "client-counters", lockAtMostFor = "PT5M")
    @Transactional
    public void forgetExpired() {
        jdbc.update("delete from client_counter where expires_at < ?", clock.millis());
    }
}
