package de.ddnhamburg.network.domain.member;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may show of members in a list of people (event participants): applies the
 * directory's rules, so a hidden or inactive profile is marked as not listed and closed details are
 * left out. The calling feature decides who the list is for; like {@link MemberLookup} this is a
 * component that views cannot reach.
 */
@Component
@Transactional(readOnly = true)
public class ParticipantProfiles {

    private final NamedParameterJdbcTemplate jdbc;
    private final ContactLookup contacts;

    ParticipantProfiles(NamedParameterJdbcTemplate jdbc, ContactLookup contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    /**
     * The login addresses that {@code viewerId} may see by each member's own choice of who sees
     * their e-mail address ({@link ProfileField#EMAIL}), as on their profile: all members, contacts
     * only, or nobody. For lists that organisers see (issue 12); the others are missing.
     */
    public Map<Long, String> visibleEmails(long viewerId, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> myContacts = contacts.contactsOf(viewerId);
        Map<Long, String> visible = new HashMap<>();
        jdbc.query(
                "select id, email, vis_email from member where id in (:ids)",
                new MapSqlParameterSource("ids", memberIds),
                rs -> {
                    long id = rs.getLong("id");
                    Relationship relationship = id == viewerId
                            ? Relationship.SELF
                            : myContacts.contains(id) ? Relationship.CONTACT : Relationship.MEMBER;
                    if (Visibility.valueOf(rs.getString("vis_email")).allows(relationship)) {
                        visible.put(id, rs.getString("email"));
                    }
                });
        return visible;
    }

    /** In two queries; unknown ids are missing from the result. */
    public Map<Long, ParticipantProfile> of(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", memberIds);
        Map<Long, Set<Long>> topics = new HashMap<>();
        jdbc.query(
                "select member_topic.member_id, member_topic.topic_id from member_topic"
                        + " join member on member.id = member_topic.member_id and member.vis_topics = 'MEMBERS'"
                        + " where member_topic.member_id in (:ids)",
                ids,
                rs -> {
                    topics.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2));
                });
        Map<Long, ParticipantProfile> profiles = new HashMap<>();
        jdbc.query(
                "select id, title, first_name, last_name, status, listed_in_directory,"
                        + " case when vis_organisation = 'MEMBERS' then organisation end as open_organisation"
                        + " from member where id in (:ids)",
                ids,
                rs -> {
                    long id = rs.getLong("id");
                    boolean listed = "ACTIVE".equals(rs.getString("status")) && rs.getBoolean("listed_in_directory");
                    profiles.put(
                            id,
                            new ParticipantProfile(
                                    id,
                                    Names.display(
                                            rs.getString("title"),
                                            rs.getString("first_name"),
                                            rs.getString("last_name")),
                                    rs.getString("open_organisation"),
                                    listed,
                                    Set.copyOf(topics.getOrDefault(id, Set.of()))));
                });
        return profiles;
    }

    /** The member's own topics, whatever their visibility: for comparing with others. */
    public Set<Long> ownTopicIds(long memberId) {
        return Set.copyOf(jdbc.queryForList(
                "select topic_id from member_topic where member_id = :id",
                new MapSqlParameterSource("id", memberId),
                Long.class));
    }
}
