package de.ddnhamburg.network.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads outbox rows straight from the table, so that tests see what is really stored (and would
 * survive a crash), not what a service chooses to report.
 */
public final class OutboxRows {

    public record Row(
            long id,
            String recipient,
            String language,
            String subject,
            String body,
            String status,
            int attempts,
            Instant createdAt,
            @Nullable Instant nextAttemptAt,
            @Nullable Instant sentAt,
            @Nullable String lastError) {}

    private final JdbcTemplate jdbc;

    public OutboxRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A fact key no other test uses, because all tests of a context share one database. */
    public static String uniqueFact(String what) {
        return what + ":" + UUID.randomUUID();
    }

    public List<Row> byFact(String factKey) {
        return jdbc.query(
                """
                select id, recipient, language, subject, body, status, attempts, created_at, next_attempt_at,
                       sent_at, last_error
                from outbox_mail where fact_key = ?""",
                (rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("language"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        instant(rs.getObject("next_attempt_at", OffsetDateTime.class)),
                        instant(rs.getObject("sent_at", OffsetDateTime.class)),
                        rs.getString("last_error")),
                factKey);
    }

    public Row one(String factKey) {
        List<Row> rows = byFact(factKey);
        if (rows.size() != 1) {
            throw new AssertionError("Expected exactly one outbox mail for " + factKey + " but found " + rows.size());
        }
        return rows.getFirst();
    }

    /** As if an SMTP outage had used up all attempts; for tests whose context has no SMTP server to stop. */
    public void markFailed(String factKey, String error) {
        jdbc.update(
                "update outbox_mail set status = 'FAILED', attempts = 10, next_attempt_at = null, last_error = ? "
                        + "where fact_key = ?",
                error,
                factKey);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
