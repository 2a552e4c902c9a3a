package de.ddnhamburg.network.support;

import de.ddnhamburg.network.domain.event.EventDraft;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.EventType;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.security.Roles;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Events and many members for event tests. */
public final class Events {

    private Events() {}

    /** An event a week from the clock's now, registration open from now until its start. */
    public static EventDraft draft(
            Clock clock, EventFormat format, @Nullable Integer inPerson, @Nullable Integer online) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant start = now.plus(Duration.ofDays(7));
        return new EventDraft(
                TestMarkers.word("Veranstaltung "),
                EventType.DISCUSSION_ROUND,
                "Worum es geht.",
                start,
                start.plus(Duration.ofHours(2)),
                format,
                format == EventFormat.ONLINE ? null : "Rathaus Hamburg",
                format == EventFormat.IN_PERSON ? null : "https://meet.example.org/runde",
                inPerson,
                online,
                now.minusSeconds(60),
                null);
    }

    /** Creates and publishes the event as the test admin; returns its id. */
    public static long published(TestMembers testMembers, EventService events, EventDraft draft) {
        return Acting.as(testMembers.admin(), () -> {
            long id = events.create(draft);
            events.publish(id);
            return id;
        });
    }

    /** A published event and what it was made from, to move the clock past its end. */
    public record Published(long id, EventDraft draft) {

        /** That long after the event ends. */
        public Instant afterEnd(Duration duration) {
            return draft.endsAt().plus(duration);
        }
    }

    /** An in-person meeting for ten a week ahead, published: where the participants of a test meet. */
    public static Published meeting(TestMembers testMembers, EventService events, Clock clock) {
        EventDraft draft = draft(clock, EventFormat.IN_PERSON, 10, null);
        return new Published(published(testMembers, events, draft), draft);
    }

    /**
     * {@code count} active members inserted with one JDBC batch (creating them through the service
     * would hash passwords and write profiles one by one); they can be signed in, not log in.
     */
    public static List<LoginAccount> bulkMembers(JdbcTemplate jdbc, int count) {
        String marker = TestMarkers.word("bulk").toLowerCase(Locale.ROOT);
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {
                Timestamp.from(now),
                Timestamp.from(now),
                marker + "." + i + "@example.org",
                "Bulk",
                "Member" + i,
                "bulk member" + i
            });
        }
        jdbc.batchUpdate(
                "insert into member (version, created_at, updated_at, email, password_hash, first_name,"
                        + " last_name, search_text, status, language) values (0, ?, ?, ?, 'x', ?, ?, ?, 'ACTIVE', 'de')",
                rows);
        return jdbc.query(
                "select id, email from member where email like ? order by id",
                (rs, n) -> new LoginAccount(
                        rs.getLong(1), rs.getString(2), "x", Set.of(Roles.MEMBER), true, Locale.GERMAN, 0),
                marker + ".%");
    }
}
