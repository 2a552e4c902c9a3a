package de.ddnhamburg.network.domain.member;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The people-to-meet query in SQL, beside the directory's ({@link DirectoryQuery}), whose card
 * columns it shares: it scores only members who share something, never the whole directory.
 */
@Component
class SuggestionQuery {

    private final NamedParameterJdbcTemplate jdbc;

    SuggestionQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Members sharing the most open topics and expertise with {@code memberId}, best first, leaving
     * out {@code excluded}. Driven from the shared topics and tags, so only candidates are scored.
     */
    List<DirectoryQuery.Row> mostInCommon(
            long memberId,
            java.util.Set<Long> excluded,
            java.util.Set<Long> fellowAttendees,
            java.util.Set<Long> fellowParticipants,
            int limit,
            Map<Long, Long> scores) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("me", memberId)
                .addValue("excluded", excluded.isEmpty() ? List.of(-1L) : excluded)
                .addValue("fellows", fellowAttendees.isEmpty() ? List.of(-1L) : fellowAttendees)
                .addValue("participants", fellowParticipants.isEmpty() ? List.of(-1L) : fellowParticipants)
                .addValue("limit", limit);
        String sql = "select " + DirectoryQuery.COLUMNS + ", s.score from (select member_id, count(*) as score from ("
                + " select mt.member_id from member_topic mt join member o on o.id = mt.member_id and o.vis_topics = 'MEMBERS'"
                + " where mt.topic_id in (select topic_id from member_topic where member_id = :me)"
                + " union all"
                + " select e.member_id from member_expertise e join member o on o.id = e.member_id and o.vis_expertise = 'MEMBERS'"
                + " where lower(e.tag) in (select lower(tag) from member_expertise where member_id = :me)"
                // A congress both are or were at counts once (MemberCongressLookup.fellowRegistrants).
                + " union all"
                + " select f.id from member f where f.id in (:fellows)"
                // Taking part in the same events counts once too (MemberEventLookup.fellowParticipants).
                + " union all"
                + " select p.id from member p where p.id in (:participants)"
                + ") shared group by member_id) s join member m on m.id = s.member_id"
                + " where m.id <> :me and m.status = 'ACTIVE' and m.listed_in_directory = true and m.id not in (:excluded)"
                + " order by s.score desc, m.last_name, m.first_name, m.id limit :limit";
        return jdbc.query(sql, parameters, (rs, i) -> {
            scores.put(rs.getLong("id"), rs.getLong("score"));
            return DirectoryQuery.row(rs);
        });
    }

    /** The cards' rows of the given members, as far as they are listed and active. */
    List<DirectoryQuery.Row> listedRows(java.util.Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "select " + DirectoryQuery.COLUMNS + " from member m where m.id in (:ids)"
                        + " and m.status = 'ACTIVE' and m.listed_in_directory = true",
                new MapSqlParameterSource("ids", memberIds),
                (rs, i) -> DirectoryQuery.row(rs));
    }
}
