package de.ddnhamburg.network.domain.event;

import static de.ddnhamburg.network.support.Calendars.only;
import static de.ddnhamburg.network.support.Calendars.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Calendars;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** Calendar files and feeds: valid RFC 5545, stable, and showing each reader only what they may see. */
@IntegrationTest
class EventCalendarServiceTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    EventCalendarService calendars;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void an_event_file_has_a_stable_uid_utc_times_and_the_online_link_only_for_a_confirmed_online_seat() {
        EventDraft draft = Events.draft(clock, EventFormat.HYBRID, 5, 1);
        long id = Events.published(testMembers, events, draft);
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");

        VEvent before = only(file(anna, id).content());
        assertThat(property(before, "UID")).isEqualTo("event-" + id + "@localhost");
        assertThat(property(before, "DTSTART")).isEqualTo(utc(draft.startsAt()));
        assertThat(property(before, "DTEND")).isEqualTo(utc(draft.endsAt()));
        assertThat(property(before, "SUMMARY")).isEqualTo(draft.title());
        assertThat(property(before, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(property(before, "LOCATION")).isEqualTo("Rathaus Hamburg");
        assertThat(property(before, "URL")).isEqualTo("http://localhost:8080/veranstaltungen/" + id);
        assertThat(property(before, "DESCRIPTION")).doesNotContain("meet.example.org");
        assertThat(file(anna, id).fileName()).isEqualTo("veranstaltung-" + id + ".ics");

        Acting.run(anna, () -> registrations.register(id, SeatKind.ONLINE));
        Acting.run(bert, () -> registrations.register(id, SeatKind.ONLINE));
        assertThat(property(only(file(anna, id).content()), "DESCRIPTION"))
                .contains("Sie sind angemeldet (online).", "https://meet.example.org/runde");
        VEvent waiting = only(file(bert, id).content());
        assertThat(property(waiting, "SUMMARY")).isEqualTo("Warteliste: " + draft.title());
        assertThat(property(waiting, "STATUS")).isEqualTo("TENTATIVE");
        assertThat(property(waiting, "DESCRIPTION")).contains("Position 1").doesNotContain("meet.example.org");
        assertThat(property(
                        only(Acting.as(bert, () -> calendars.eventFile(id, Locale.ENGLISH))
                                .content()),
                        "DESCRIPTION"))
                .contains("You are on the waiting list (online) at position 1.");
    }

    @Test
    void an_event_file_follows_the_visibility_of_the_event_page() {
        long draft =
                Acting.as(testMembers.admin(), () -> events.create(Events.draft(clock, EventFormat.ONLINE, null, 5)));
        long members = Events.published(testMembers, events, Events.draft(clock, EventFormat.ONLINE, null, 5));
        long open = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.ONLINE, null, 5)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), false));
        LoginAccount moderator = member("mona");
        long groupId =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        long groupEvent = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.ONLINE, null, 5)
                        .withAudience(EventAudience.GROUP_MEMBERS, groupId, Set.of(), false));

        assertThatThrownBy(() -> file(member("anna"), draft)).isInstanceOf(NotFoundException.class);
        assertThat(only(file(testMembers.admin(), draft).content())).isNotNull();
        assertThatThrownBy(() -> calendars.eventFile(draft, Locale.GERMAN)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> calendars.eventFile(members, Locale.GERMAN)).isInstanceOf(NotFoundException.class);
        assertThat(property(only(calendars.eventFile(open, Locale.GERMAN).content()), "DESCRIPTION"))
                .doesNotContain("meet.example.org");
        assertThat(only(file(member("bert"), members).content())).isNotNull();
        assertThatThrownBy(() -> file(member("otto"), groupEvent)).isInstanceOf(NotFoundException.class);
        assertThat(only(file(moderator, groupEvent).content())).isNotNull();
        assertThatThrownBy(() -> file(member("bert"), -1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_cancelled_event_keeps_its_uid_with_a_higher_sequence_and_status_cancelled() {
        long id = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 5, null));
        LoginAccount anna = member("anna");
        VEvent published = only(file(anna, id).content());

        Acting.run(testMembers.admin(), () -> events.cancel(id));

        VEvent cancelled = only(file(anna, id).content());
        assertThat(property(cancelled, "UID")).isEqualTo(property(published, "UID"));
        assertThat(Integer.parseInt(property(cancelled, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(property(published, "SEQUENCE")));
        assertThat(property(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(property(cancelled, "SUMMARY")).startsWith("Abgesagt: ");
    }

    @Test
    void the_personal_feed_holds_my_registrations_marked_and_renewing_ends_the_old_address() {
        long seat = Events.published(testMembers, events, Events.draft(clock, EventFormat.ONLINE, null, 5));
        long full = Events.published(testMembers, events, Events.draft(clock, EventFormat.ONLINE, null, 1));
        long left = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 5, null));
        long cancelled = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 5, null));
        long other = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 5, null));
        LoginAccount anna = member("anna");
        Acting.run(member("first"), () -> registrations.register(full, SeatKind.ONLINE));
        Acting.run(anna, () -> {
            registrations.register(seat, SeatKind.ONLINE);
            registrations.register(full, SeatKind.ONLINE);
            registrations.cancel(
                    registrations.register(left, SeatKind.IN_PERSON).id());
            registrations.register(cancelled, SeatKind.IN_PERSON);
        });
        Acting.run(testMembers.admin(), () -> events.cancel(cancelled));

        assertThat(Acting.as(anna, feeds::settings).active()).isFalse();
        String address = Acting.as(anna, feeds::renew);
        assertThat(address).matches("http://localhost:8080/kalender/abo/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(Acting.as(anna, feeds::settings).activeSince())
                .isCloseTo(
                        clock.instant(),
                        org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
        String secret = secretOf(address);
        assertThat(jdbc.queryForObject(
                        "select token_hash from calendar_feed where member_id = ?", String.class, anna.memberId()))
                .isEqualTo(de.ddnhamburg.network.domain.common.Secrets.hash(secret))
                .doesNotContain(secret);

        List<VEvent> entries = Calendars.events(calendars.personalFeed(secret).orElseThrow());
        assertThat(entries)
                .extracting(entry -> property(entry, "UID"))
                .containsExactlyInAnyOrder(
                        "event-" + seat + "@localhost",
                        "event-" + full + "@localhost",
                        "event-" + cancelled + "@localhost");
        assertThat(entries).noneMatch(entry -> property(entry, "UID").equals("event-" + other + "@localhost"));
        VEvent mine = byUid(entries, seat);
        assertThat(property(mine, "DESCRIPTION"))
                .contains("Sie sind angemeldet (online).", "https://meet.example.org/runde");
        VEvent waiting = byUid(entries, full);
        assertThat(property(waiting, "SUMMARY")).startsWith("Warteliste: ");
        assertThat(property(waiting, "DESCRIPTION")).doesNotContain("meet.example.org");
        assertThat(property(byUid(entries, cancelled), "STATUS")).isEqualTo("CANCELLED");

        String renewed = secretOf(Acting.as(anna, feeds::renew));
        assertThat(renewed).isNotEqualTo(secret);
        assertThat(calendars.personalFeed(secret)).isEmpty();
        assertThat(calendars.personalFeed(renewed)).isPresent();
        assertThat(jdbc.queryForObject(
                        "select count(*) from calendar_feed where member_id = ?", Long.class, anna.memberId()))
                .isOne();
    }

    @Test
    void unknown_and_malformed_secrets_open_nothing() {
        assertThat(calendars.personalFeed("A".repeat(43))).isEmpty();
        assertThat(calendars.personalFeed("not-a-secret")).isEmpty();
        assertThat(calendars.personalFeed("")).isEmpty();
        assertThat(calendars.personalFeed("' or 1=1 --")).isEmpty();
    }

    @Test
    void events_that_ended_long_ago_leave_the_feed() {
        long id = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 5, null));
        LoginAccount anna = member("anna");
        Acting.run(anna, () -> registrations.register(id, SeatKind.IN_PERSON));
        String secret = secretOf(Acting.as(anna, feeds::renew));
        assertThat(Calendars.events(calendars.personalFeed(secret).orElseThrow()))
                .hasSize(1);

        clock.advance(Duration.ofDays(7).plus(EventCalendarService.HISTORY).plusDays(1));
        assertThat(Calendars.events(calendars.personalFeed(secret).orElseThrow()))
                .isEmpty();
    }

    @Test
    void the_public_feed_holds_public_events_only_cancelled_ones_marked_and_never_an_online_link() {
        long members = Events.published(testMembers, events, Events.draft(clock, EventFormat.ONLINE, null, 5));
        long open = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.HYBRID, 5, 5)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), false));
        long cancelled = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.ONLINE, null, 5)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), false));
        long draft = Acting.as(
                testMembers.admin(),
                () -> events.create(Events.draft(clock, EventFormat.ONLINE, null, 5)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), false)));
        Acting.run(member("anna"), () -> registrations.register(open, SeatKind.ONLINE));
        Acting.run(testMembers.admin(), () -> events.cancel(cancelled));

        String feed = calendars.publicFeed();
        List<String> uids = Calendars.events(feed).stream()
                .map(entry -> property(entry, "UID"))
                .toList();
        assertThat(uids)
                .contains("event-" + open + "@localhost", "event-" + cancelled + "@localhost")
                .doesNotContain("event-" + members + "@localhost", "event-" + draft + "@localhost");
        assertThat(property(byUid(Calendars.events(feed), cancelled), "STATUS")).isEqualTo("CANCELLED");
        assertThat(feed).doesNotContain("meet.example.org").contains("X-WR-CALNAME:ddn Hamburg: Veranstaltungen");
    }

    @Test
    void with_the_groups_option_the_personal_feed_adds_the_events_of_my_groups() {
        LoginAccount moderator = member("mona");
        LoginAccount anna = member("anna");
        long groupId =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        long otherGroup =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        Acting.run(anna, () -> groupMembership.join(groupId));
        long mine = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.ONLINE, null, 5)
                        .withAudience(EventAudience.GROUP_MEMBERS, groupId, Set.of(), false));
        long theirs = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.ONLINE, null, 5)
                        .withAudience(EventAudience.GROUP_MEMBERS, otherGroup, Set.of(), false));
        String secret = secretOf(Acting.as(anna, feeds::renew));
        assertThat(Calendars.events(calendars.personalFeed(secret).orElseThrow()))
                .isEmpty();

        Acting.run(anna, () -> feeds.setIncludeGroups(true));

        List<VEvent> entries = Calendars.events(calendars.personalFeed(secret).orElseThrow());
        assertThat(entries).extracting(entry -> property(entry, "UID")).containsExactly("event-" + mine + "@localhost");
        assertThat(property(entries.getFirst(), "DESCRIPTION"))
                .contains("Fachgruppe")
                .doesNotContain("meet.example.org");
        assertThat(theirs).isNotEqualTo(mine);
    }

    @Test
    void the_groups_option_needs_a_feed_and_only_members_manage_feeds() {
        LoginAccount anna = member("anna");
        assertThatThrownBy(() -> Acting.as(anna, () -> feeds.setIncludeGroups(true)))
                .isInstanceOf(DomainException.class)
                .hasMessage("calendar.feed.none");
        Acting.run(anna, feeds::renew);
        assertThat(Acting.as(anna, () -> feeds.setIncludeGroups(true)).includeGroups())
                .isTrue();
        assertThat(Acting.as(anna, feeds::settings).includeGroups()).isTrue();
        assertThatThrownBy(feeds::renew).isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    private CalendarFile file(LoginAccount account, long eventId) {
        return Acting.as(account, () -> calendars.eventFile(eventId, Locale.GERMAN));
    }

    private static VEvent byUid(List<VEvent> entries, long eventId) {
        return entries.stream()
                .filter(entry -> property(entry, "UID").equals("event-" + eventId + "@localhost"))
                .findFirst()
                .orElseThrow();
    }

    private static String secretOf(String address) {
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }

    private static String utc(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC)
                .format(instant);
    }

    private LoginAccount member(String name) {
        return Groups.member(testMembers, name, "Kalender");
    }
}
