package de.ddnhamburg.network.domain.member;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The directory query in SQL, because it must stay fast at 100,000 members (see the directory
 * benchmark and docs/decisions/005-directory-query.md):
 * <ul>
 *   <li>it reads only the columns a card shows, never whole entities;
 *   <li>on PostgreSQL, text matches use {@code LIKE}, which the trigram indexes serve; H2 has no such
 *       index and scans, where {@code LOCATE} is several times faster than {@code LIKE};
 *   <li>on PostgreSQL, conditions and sorting run on the narrow {@code member_search} table, kept in
 *       step with member by a trigger (migration V064); only the page's rows are read from member;
 *   <li>on PostgreSQL, a text search is evaluated before sorting ({@code OFFSET 0} keeps the planner
 *       from walking the name index and testing every row against the pattern).
 * </ul>
 * Every condition and sort key only uses details their owners opened to all members.
 */
@Component
class DirectoryQuery {

    record Row(
            long id,
            @Nullable String title,
            String firstName,
            String lastName,
            @Nullable String organisation,
            @Nullable String position,
            boolean topicsOpen,
            boolean hasPhoto) {

        String displayName() {
            return Names.display(title, firstName, lastName);
        }

        String initials() {
            return Names.initials(firstName, lastName);
        }
    }

    /** The columns of a card, each only as far as its owner opened it to all members. */
    static final String COLUMNS = "m.id, m.title, m.first_name, m.last_name,"
            + " case when m.vis_organisation = 'MEMBERS' then m.organisation end as organisation,"
            + " case when m.vis_position = 'MEMBERS' then m.position end as position,"
            + " m.vis_topics = 'MEMBERS' as topics_open,"
            + " m.vis_photo = 'MEMBERS' and exists (select 1 from member_photo ph where ph.member_id = m.id) as has_photo,"
            + " m.created_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgres;
    private final int countLimit;
    private final Map<String, Long> topicIds = new java.util.concurrent.ConcurrentHashMap<>();

    private final java.time.Clock clock;

    DirectoryQuery(
            NamedParameterJdbcTemplate jdbc,
            DataSource dataSource,
            DirectoryProperties properties,
            java.time.Clock clock)
            throws SQLException {
        this.jdbc = jdbc;
        this.clock = clock;
        this.countLimit = properties.countLimit();
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        }
    }

    /**
     * How many members, in list order, a text search tries first. A common word ("mentoring", in
     * one of twelve profiles) fills a page within the first few hundred; reading them in order from
     * the name index stops there (on PostgreSQL without visiting the table, as the index holds the
     * search text). A word whose matches cluster late in the list ("schm") is not found among them,
     * and the search falls back to reading all matches and sorting them, which costs this window in
     * addition.
     */
    static final int WALK_WINDOW = 2_500;

    List<Row> page(DirectoryFilter filter, long offset, int limit) {
        if (walkable(filter, offset, limit)) {
            List<Row> rows = query(walkingPage(filter, offset, limit));
            if (rows.size() == limit) {
                return rows;
            }
        }
        MapSqlParameterSource parameters =
                new MapSqlParameterSource().addValue("limit", limit).addValue("offset", offset);
        return query(new Sql(pageSql(filter, parameters, false), parameters));
    }

    /** The first page and how many match, counted as the limit allows. */
    record FirstPage(List<Row> rows, DirectoryCount count) {}

    /**
     * The first page with its count, in as few queries as the filter allows: a page that is not full
     * is all there is; a text search, which reads and sorts all its matches for the page anyway,
     * counts them on the way; only a full page found by stopping early needs a count of its own.
     */
    FirstPage firstPage(DirectoryFilter filter, int limit) {
        if (walkable(filter, 0, limit)) {
            List<Row> rows = query(walkingPage(filter, 0, limit));
            if (rows.size() == limit) {
                return new FirstPage(rows, count(filter));
            }
        }
        MapSqlParameterSource parameters =
                new MapSqlParameterSource().addValue("limit", limit).addValue("offset", 0);
        if (DirectorySearchWords.of(filter.text()).isEmpty()) {
            List<Row> rows = query(new Sql(pageSql(filter, parameters, false), parameters));
            return new FirstPage(rows, rows.size() < limit ? capped(rows.size()) : count(filter));
        }
        long[] total = {0};
        List<Row> rows = jdbc.query(pageSql(filter, parameters, true), parameters, (rs, i) -> {
            total[0] = rs.getLong("total");
            return row(rs);
        });
        return new FirstPage(rows, capped(total[0]));
    }

    /** Whether this runs on PostgreSQL, with its search table; otherwise on H2. */
    boolean postgres() {
        return postgres;
    }

    private String pageSql(DirectoryFilter filter, MapSqlParameterSource parameters, boolean withTotal) {
        return postgres ? postgresPage(filter, parameters, withTotal) : h2Page(filter, parameters, withTotal);
    }

    private record Sql(String text, MapSqlParameterSource parameters) {}

    private List<Row> query(Sql sql) {
        return jdbc.query(sql.text(), sql.parameters(), (rs, i) -> row(rs));
    }

    static Row row(java.sql.ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("organisation"),
                rs.getString("position"),
                rs.getBoolean("topics_open"),
                rs.getBoolean("has_photo"));
    }

    /** A pure text search in list order, whose page lies within the window. */
    private static boolean walkable(DirectoryFilter filter, long offset, int limit) {
        return !DirectorySearchWords.of(filter.text()).isEmpty()
                && (filter.organisation() == null || filter.organisation().isBlank())
                && filter.district() == null
                && (filter.topicSlug() == null || filter.topicSlug().isBlank())
                && filter.groupId() == null
                && filter.seeking() == null
                && filter.sort() == DirectorySort.NAME
                && offset + limit <= WALK_WINDOW;
    }

    /**
     * The first {@link #WALK_WINDOW} members in list order, by an index-only scan, tested against
     * the words. If this yields a full page, it is the right one: no later member comes before it.
     */
    private Sql walkingPage(DirectoryFilter filter, long offset, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("limit", limit)
                .addValue("offset", offset)
                .addValue("window", WALK_WINDOW);
        String listed = postgres
                ? "select s.member_id, s.last_name, s.first_name, s.search_text from member_search s"
                        + " order by s.last_name, s.first_name, s.member_id"
                : "select l.id as member_id, l.last_name, l.first_name, l.search_text from member l"
                        + " where l.status = 'ACTIVE' and l.listed_in_directory = true order by l.last_name, l.first_name, l.id";
        String found = "select w.member_id, w.last_name, w.first_name from (" + listed + " limit :window) w where "
                + words(filter, "w.search_text", parameters)
                + " order by w.last_name, w.first_name, w.member_id limit :limit offset :offset";
        return new Sql(
                "select " + COLUMNS + " from (" + found + ") p join member m on m.id = p.member_id"
                        + " order by p.last_name, p.first_name, p.member_id",
                parameters);
    }

    /**
     * Finds the page's ids in the narrow {@code member_search} table and only then reads the 50 wide
     * member rows. A text search is evaluated before sorting ({@code OFFSET 0}); {@code withTotal}
     * (text searches only) counts all its matches before the page is cut from them.
     */
    private String postgresPage(DirectoryFilter filter, MapSqlParameterSource parameters, boolean withTotal) {
        String found;
        if (!DirectorySearchWords.of(filter.text()).isEmpty() && narrowingConditions(filter) >= 2) {
            // Two of them leave a few percent of the members, among which testing the words row by
            // row is cheaper than the trigram index, whose cost PostgreSQL underestimates and which
            // it would otherwise read as well (decision 005, "Words with two other conditions").
            found = "select " + searchColumns("f.") + " from (select " + searchColumns("s.") + ", s.search_text"
                    + " from member_search s where " + conditions(filter, parameters) + " offset 0) f where "
                    + words(filter, "f.search_text", parameters);
        } else {
            found = "select " + searchColumns("s.") + " from member_search s where " + where(filter, parameters);
        }
        if (!DirectorySearchWords.of(filter.text()).isEmpty()) {
            found = "select found.*" + total(withTotal) + " from (" + found + " offset 0) found";
        }
        return "select " + COLUMNS + (withTotal ? ", p.total" : "") + " from (" + found
                + " order by " + order(filter.sort(), "", "member_id")
                + " limit :limit offset :offset) p join member m on m.id = p.member_id"
                + " order by " + order(filter.sort(), "p.", "member_id");
    }

    /** What a page needs from {@code member_search} to be sorted and joined to the member rows. */
    private static String searchColumns(String alias) {
        return alias + "member_id, " + alias + "last_name, " + alias + "first_name, " + alias + "organisation, " + alias
                + "created_at";
    }

    /** A window over all rows, which the database evaluates before it sorts them and cuts the page. */
    private static String total(boolean withTotal) {
        return withTotal ? ", count(*) over () as total" : "";
    }

    /**
     * On H2, a text search that did not fill its page within the window sorts by an expression no
     * index provides ({@code concat(last_name, '')}, same order): H2 then reads the table once and
     * sorts the matches, instead of walking the name index to where clustered matches begin, which is
     * slow for a word such as "schm" (decision 005). Without text, walking the name index and stopping
     * after a page is the fast way.
     */
    private String h2Page(DirectoryFilter filter, MapSqlParameterSource parameters, boolean withTotal) {
        String order = order(filter.sort(), "", "id");
        if (!DirectorySearchWords.of(filter.text()).isEmpty() && filter.sort() == DirectorySort.NAME) {
            order = "concat(m.last_name, ''), m.first_name, m.id";
        }
        return "select " + COLUMNS + total(withTotal) + " from member m where " + where(filter, parameters)
                + " order by " + order + " limit :limit offset :offset";
    }

    private static String order(DirectorySort sort, String prefix, String id) {
        return switch (sort) {
            case NAME -> prefix + "last_name, " + prefix + "first_name, " + prefix + id;
            case ORGANISATION ->
                prefix + "organisation nulls last, " + prefix + "last_name, " + prefix + "first_name, " + prefix + id;
            case NEWEST -> prefix + "created_at desc, " + prefix + id + " desc";
        };
    }

    DirectoryCount count(DirectoryFilter filter) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("limit", countLimit + 1);
        Long count = jdbc.queryForObject(
                "select count(*) from (select 1 from " + (postgres ? "member_search s" : "member m") + " where "
                        + where(filter, parameters) + " limit :limit) matches",
                parameters,
                Long.class);
        return capped(count == null ? 0 : count);
    }

    private DirectoryCount capped(long value) {
        return value > countLimit ? new DirectoryCount(countLimit, false) : new DirectoryCount(value, true);
    }

    /** Topic id, slug and both names per member, for the cards of one page. */
    Map<Long, List<Object[]>> topicsOf(Collection<Long> memberIds) {
        Map<Long, List<Object[]>> topics = new HashMap<>();
        if (memberIds.isEmpty()) {
            return topics;
        }
        jdbc.query(
                "select mt.member_id, t.id, t.slug, t.name_de, t.name_en from member_topic mt"
                        + " join topic t on t.id = mt.topic_id where mt.member_id in (:ids)",
                new MapSqlParameterSource("ids", memberIds),
                rs -> {
                    topics.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Object[] {rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                });
        return topics;
    }

    /**
     * The conditions, on {@code member_search s} for PostgreSQL (which holds only listed active
     * members and only opened details) and on {@code member m} for H2 (which checks both here).
     */
    private String where(DirectoryFilter filter, MapSqlParameterSource parameters) {
        String alias = postgres ? "s." : "m.";
        // Last, so that H2, which tests conditions in the order written, tries the cheap ones first.
        return conditions(filter, parameters) + " and " + words(filter, alias + "search_text", parameters);
    }

    /** How many of organisation, district, topic and group the filter narrows by. */
    private static int narrowingConditions(DirectoryFilter filter) {
        return (filter.organisation() == null || filter.organisation().isBlank() ? 0 : 1)
                + (filter.district() == null ? 0 : 1)
                + (filter.topicSlug() == null || filter.topicSlug().isBlank() ? 0 : 1)
                + (filter.groupId() == null ? 0 : 1)
                + (filter.seeking() == null ? 0 : 1);
    }

    /** Every condition but the words. */
    private String conditions(DirectoryFilter filter, MapSqlParameterSource parameters) {
        String alias = postgres ? "s." : "m.";
        String id = postgres ? "s.member_id" : "m.id";
        StringBuilder where =
                new StringBuilder(postgres ? "true" : "m.status = 'ACTIVE' and m.listed_in_directory = true");
        if (filter.organisation() != null && !filter.organisation().isBlank()) {
            where.append(postgres ? "" : " and m.vis_organisation = 'MEMBERS'")
                    .append(" and ")
                    .append(contains("lower(" + alias + "organisation)", ":organisation"));
            parameters.addValue(
                    "organisation", pattern(filter.organisation().strip().toLowerCase(Locale.GERMAN)));
        }
        if (filter.district() != null) {
            where.append(postgres ? "" : " and m.vis_district = 'MEMBERS'")
                    .append(" and " + alias + "district = :district");
            parameters.addValue("district", filter.district().name());
        }
        if (filter.topicSlug() != null && !filter.topicSlug().isBlank()) {
            // member_search.topic_ids is empty unless the member opened the topics to all members.
            where.append(
                    postgres
                            ? " and s.topic_ids @> array[cast(:topic as bigint)]"
                            : " and m.vis_topics = 'MEMBERS' and exists (select 1 from member_topic mt"
                                    + " where mt.member_id = m.id and mt.topic_id = :topic)");
            parameters.addValue("topic", topicId(filter.topicSlug()));
        }
        if (filter.groupId() != null) {
            // The group feature's table, read here so that a group filter stays one indexed condition;
            // MemberDirectoryService has asked MemberGroupLookup whether the viewer may use this group.
            where.append(" and exists (select 1 from group_membership gm where gm.member_id = " + id
                    + " and gm.group_id = :group and gm.status = 'ACTIVE')");
            parameters.addValue("group", filter.groupId());
        }
        SeekingFilter seeking = filter.seeking();
        if (seeking != null) {
            where.append(" and ").append(SeekingQuery.directoryCondition(id, seeking, today(), parameters));
        }
        return where.toString();
    }

    /** Every word somewhere in the search text; {@code true} without words. */
    private String words(DirectoryFilter filter, String column, MapSqlParameterSource parameters) {
        StringBuilder condition = new StringBuilder("true");
        List<String> words = DirectorySearchWords.of(filter.text());
        for (int i = 0; i < words.size(); i++) {
            condition.append(" and ").append(contains(column, ":word" + i));
            parameters.addValue("word" + i, pattern(words.get(i)));
        }
        return condition.toString();
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(
                clock.instant(), de.ddnhamburg.network.domain.common.ClockConfig.DISPLAY_ZONE);
    }

    /** Topics are reference data from migrations, so their ids never change while the app runs. */
    private long topicId(String slug) {
        return topicIds.computeIfAbsent(
                slug,
                key -> jdbc
                        .query(
                                "select id from topic where slug = :slug",
                                new MapSqlParameterSource("slug", key),
                                (rs, i) -> rs.getLong(1))
                        .stream()
                        .findFirst()
                        .orElse(-1L));
    }

    private String contains(String column, String parameter) {
        return postgres
                ? column + " like " + parameter + " escape '\\'"
                : "locate(" + parameter + ", " + column + ") > 0";
    }

    private Object pattern(String word) {
        return postgres ? "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" : word;
    }
}
