package de.ddnhamburg.network.domain.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Ich suche / Ich biete" in the directory's and the suggestions' SQL. Only entries that run today
 * and whose owner shows them to all members count: the directory and the suggestions show what every
 * member may see (as for the other profile details, decision 005).
 */
@Component
class SeekingQuery {

    /** An entry's owner shows entries to all members: the default, unless a preference says otherwise. */
    private static final String OPEN_TO_MEMBERS = "not exists (select 1 from seeking_preference p"
            + " where p.member_id = x.member_id and p.visibility <> 'MEMBERS')";

    private final NamedParameterJdbcTemplate jdbc;

    SeekingQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The directory's condition on the member id column {@code id}: a running, open entry as filtered. */
    static String directoryCondition(
            String id, SeekingFilter filter, LocalDate today, MapSqlParameterSource parameters) {
        parameters
                .addValue("seekingDirection", filter.direction().name())
                .addValue("seekingKind", filter.kind().name())
                .addValue("seekingToday", today);
        return "exists (select 1 from seeking_entry x where x.member_id = " + id
                + " and x.kind = :seekingKind and x.direction = :seekingDirection"
                + " and (x.expires_on is null or x.expires_on >= :seekingToday) and " + OPEN_TO_MEMBERS + ")";
    }

    /**
     * Members whose running, open entries match my running ones (same kind, other direction), with
     * what matches, leaving out {@code excluded}. Their offers for what I seek come first.
     */
    Map<Long, List<SeekingMatch>> matchesFor(long me, LocalDate today, Set<Long> excluded) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("me", me)
                .addValue("today", today)
                .addValue("excluded", excluded.isEmpty() ? List.of(-1L) : excluded);
        Map<Long, List<SeekingMatch>> matches = new LinkedHashMap<>();
        jdbc.query(
                "select distinct x.member_id, x.direction, x.kind from seeking_entry x"
                        + " join seeking_entry mine on mine.member_id = :me and mine.kind = x.kind"
                        + " and mine.direction <> x.direction"
                        + " and (mine.expires_on is null or mine.expires_on >= :today)"
                        + " where x.member_id <> :me and x.member_id not in (:excluded)"
                        + " and (x.expires_on is null or x.expires_on >= :today) and " + OPEN_TO_MEMBERS
                        + " order by x.member_id, x.direction, x.kind",
                parameters,
                rs -> {
                    matches.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new SeekingMatch(
                                    SeekingDirection.valueOf(rs.getString(2)), SeekingKind.valueOf(rs.getString(3))));
                });
        return matches;
    }
}
