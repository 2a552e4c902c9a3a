package de.ddnhamburg.network.domain.announcement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code announcement_recipient}, one per announcement and member (the primary key).
 * Plain SQL: an announcement to all members writes thousands of rows at once, and a batch claims
 * each row with one conditional update.
 */
@Component
class AnnouncementRecipients {

    private static final int INSERT_CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    AnnouncementRecipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Every member once, waiting for their batch; in the caller's transaction. */
    void addAll(long announcementId, Collection<Long> memberIds) {
        List<Long> ids = List.copyOf(memberIds);
        for (int from = 0; from < ids.size(); from += INSERT_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + INSERT_CHUNK));
            jdbc.batchUpdate(
                    "insert into announcement_recipient (announcement_id, member_id, status) values (?, ?, 'PENDING')",
                    chunk,
                    chunk.size(),
                    (statement, memberId) -> {
                        statement.setLong(1, announcementId);
                        statement.setLong(2, memberId);
                    });
        }
    }

    /** The next recipients of the announcement still waiting, in member order. */
    List<Long> pending(long announcementId, int limit) {
        return jdbc.query(
                "select member_id from announcement_recipient where announcement_id = ? and status = 'PENDING'"
                        + " order by member_id fetch first " + limit + " rows only",
                (row, n) -> row.getLong(1),
                announcementId);
    }

    boolean anyPending(long announcementId) {
        return !jdbc.query(
                        "select member_id from announcement_recipient where announcement_id = ? and status = 'PENDING'"
                                + " fetch first 1 rows only",
                        (row, n) -> row.getLong(1),
                        announcementId)
                .isEmpty();
    }

    /**
     * Moves the recipient from PENDING to the outcome. Only one transaction can do that: a second
     * one (another node, a repeated run) finds no pending row and must not mail.
     *
     * @return whether this call made the change
     */
    boolean claim(long announcementId, long memberId, RecipientStatus outcome, Instant now) {
        return jdbc.update(
                        "update announcement_recipient set status = ?, processed_at = ?"
                                + " where announcement_id = ? and member_id = ? and status = 'PENDING'",
                        outcome.name(),
                        Timestamp.from(now),
                        announcementId,
                        memberId)
                == 1;
    }

    /** Per announcement, how many recipients are in each state. */
    Map<Long, Map<RecipientStatus, Integer>> progress(Collection<Long> announcementIds) {
        Map<Long, Map<RecipientStatus, Integer>> result = new HashMap<>();
        if (announcementIds.isEmpty()) {
            return result;
        }
        named.query(
                "select announcement_id, status, count(*) as n from announcement_recipient"
                        + " where announcement_id in (:ids) group by announcement_id, status",
                new MapSqlParameterSource("ids", announcementIds),
                row -> {
                    result.computeIfAbsent(row.getLong("announcement_id"), id -> new EnumMap<>(RecipientStatus.class))
                            .put(RecipientStatus.valueOf(row.getString("status")), row.getInt("n"));
                });
        return result;
    }

    /** The member's rows, for their data export: which announcement, what became of it, when. */
    List<Received> of(long memberId) {
        return jdbc.query(
                "select a.subject, r.status, r.processed_at from announcement_recipient r"
                        + " join announcement a on a.id = r.announcement_id where r.member_id = ? order by a.id",
                (row, n) -> {
                    Timestamp processed = row.getTimestamp("processed_at");
                    return new Received(
                            row.getString("subject"),
                            RecipientStatus.valueOf(row.getString("status")),
                            processed == null ? null : processed.toInstant());
                },
                memberId);
    }

    int forget(long memberId) {
        return jdbc.update("delete from announcement_recipient where member_id = ?", memberId);
    }

    record Received(
            String subject,
            RecipientStatus status,
            @org.jspecify.annotations.Nullable Instant processedAt) {}
}
