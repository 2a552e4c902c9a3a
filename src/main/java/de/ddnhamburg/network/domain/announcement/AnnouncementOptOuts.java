package de.ddnhamburg.network.domain.announcement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The members who switched announcements off ({@code announcement_opt_out}, one row per member). */
@Component
class AnnouncementOptOuts {

    private final JdbcTemplate jdbc;

    AnnouncementOptOuts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Since when the member receives none, if they switched them off. */
    Optional<Instant> since(long memberId) {
        List<Instant> rows = jdbc.query(
                "select opted_out_at from announcement_opt_out where member_id = ?",
                (row, n) -> row.getTimestamp(1).toInstant(),
                memberId);
        return rows.stream().findFirst();
    }

    /** All who switched them off; a set of ids, one per member who did, never more than the members. */
    Set<Long> all() {
        return new HashSet<>(jdbc.query("select member_id from announcement_opt_out", (row, n) -> row.getLong(1)));
    }

    /** @return whether the switch changed (a repeated click changes nothing) */
    boolean switchOff(long memberId, Instant now) {
        if (since(memberId).isPresent()) {
            return false;
        }
        jdbc.update(
                "insert into announcement_opt_out (member_id, opted_out_at) values (?, ?)",
                memberId,
                Timestamp.from(now));
        return true;
    }

    /** @return whether the switch changed */
    boolean switchOn(long memberId) {
        return jdbc.update("delete from announcement_opt_out where member_id = ?", memberId) == 1;
    }
}
