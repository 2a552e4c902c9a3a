package de.ddnhamburg.network.domain.event;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Members who switched off the mail the day after an event ({@code event_follow_up_opt_out}). */
@Component
class FollowUpOptOuts {

    private final NamedParameterJdbcTemplate jdbc;

    FollowUpOptOuts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> since(long memberId) {
        List<Instant> rows = jdbc.query(
                "select opted_out_at from event_follow_up_opt_out where member_id = :id",
                new MapSqlParameterSource("id", memberId),
                (row, n) -> row.getTimestamp(1).toInstant());
        return rows.stream().findFirst();
    }

    /** Those among {@code memberIds} who switched it off. */
    Set<Long> among(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query(
                "select member_id from event_follow_up_opt_out where member_id in (:ids)",
                new MapSqlParameterSource("ids", memberIds),
                (row, n) -> row.getLong(1)));
    }

    /** @return whether the switch changed */
    boolean switchOff(long memberId, Instant now) {
        if (since(memberId).isPresent()) {
            return false;
        }
        jdbc.update(
                "insert into event_follow_up_opt_out (member_id, opted_out_at) values (:id, :at)",
                new MapSqlParameterSource("id", memberId).addValue("at", Timestamp.from(now)));
        return true;
    }

    /** @return whether the switch changed */
    boolean switchOn(long memberId) {
        return jdbc.update(
                        "delete from event_follow_up_opt_out where member_id = :id",
                        new MapSqlParameterSource("id", memberId))
                == 1;
    }
}
