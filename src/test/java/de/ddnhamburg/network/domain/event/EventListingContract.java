package de.ddnhamburg.network.domain.event;

import static de.ddnhamburg.network.support.CalendarEvents.at;
import static de.ddnhamburg.network.support.CalendarEvents.forAudience;
import static de.ddnhamburg.network.support.CalendarEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.CalendarEvents;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The calendar query: time spans in Hamburg's time, filters, audiences and "only mine". Each test
 * uses months of its own far in the future, so that events of other tests in the shared database
 * do not get in the way. Runs on H2 ({@link EventListingServiceTest}) and PostgreSQL
 * ({@link PostgresEventListingTest}), since the query is built from JPQL fragments.
 */
abstract class EventListingContract {

    @Autowired
    EventListingService calendar;

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void months_begin_and_end_at_midnight_in_hamburg_and_an_event_over_midnight_belongs_to_both_days() {
        long lastMarchEvening = publish(at(LocalDateTime.of(2041, 3, 31, 23, 30), Duration.ofMinutes(20)));
        long firstAprilNight = publish(at(LocalDateTime.of(2041, 4, 1, 0, 30), Duration.ofMinutes(20)));
        long overMidnight = publish(at(LocalDateTime.of(2041, 4, 30, 23, 0), Duration.ofHours(2)));

        assertThat(month(2041, 3)).contains(lastMarchEvening).doesNotContain(firstAprilNight, overMidnight);
        assertThat(month(2041, 4))
                .containsSubsequence(firstAprilNight, overMidnight)
                .doesNotContain(lastMarchEvening);
        assertThat(month(2041, 5)).contains(overMidnight);
        assertThat(ids(calendar.find(
                        CalendarQuery.days(LocalDate.of(2041, 5, 1), LocalDate.of(2041, 5, 1), CalendarFilter.NONE))))
                .containsExactly(overMidnight);
    }

    @Test
    void winter_time_boundaries_hold_too() {
        // 1 December 2041, 00:15 in Hamburg is still 30 November in UTC.
        long earlyDecember = publish(at(LocalDateTime.of(2041, 12, 1, 0, 15), Duration.ofMinutes(30)));

        assertThat(month(2041, 11)).doesNotContain(earlyDecember);
        assertThat(month(2041, 12)).contains(earlyDecember);
    }

    @Test
    void filters_narrow_down_by_type_format_topic_and_group() {
        long groupId = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        LocalDateTime day = LocalDateTime.of(2042, 2, 10, 18, 0);
        long workshopOnline = publish(with(at(day, Duration.ofHours(2)), EventType.WORKSHOP, EventFormat.ONLINE));
        long hybridMeeting = publish(forAudience(
                with(at(day.plusDays(1), Duration.ofHours(2)), EventType.NETWORK_MEETING, EventFormat.HYBRID),
                EventAudience.PUBLIC,
                groupId,
                "netzwerken"));
        long inPersonRound = publish(forAudience(
                at(day.plusDays(2), Duration.ofHours(2)),
                EventAudience.PUBLIC,
                null,
                "digitalisierung-der-arbeitswelt"));
        SecurityTestSupport.signIn(testMembers.member());

        assertThat(month(2042, 2, filter(EventType.WORKSHOP, null, null, null))).containsExactly(workshopOnline);
        assertThat(month(2042, 2, filter(null, EventFormat.ONLINE, null, null)))
                .as("hybrid events can be joined online too")
                .containsExactly(workshopOnline, hybridMeeting);
        assertThat(month(2042, 2, filter(null, EventFormat.IN_PERSON, null, null)))
                .containsExactly(hybridMeeting, inPersonRound);
        assertThat(month(2042, 2, filter(null, EventFormat.HYBRID, null, null))).containsExactly(hybridMeeting);
        assertThat(month(2042, 2, filter(null, null, "netzwerken", null))).containsExactly(hybridMeeting);
        assertThat(month(2042, 2, filter(null, null, null, groupId))).containsExactly(hybridMeeting);
        assertThat(month(2042, 2, filter(EventType.WORKSHOP, null, "netzwerken", null)))
                .isEmpty();
        assertThat(month(2042, 2)).containsExactly(workshopOnline, hybridMeeting, inPersonRound);
    }

    @Test
    void each_audience_sees_what_it_may() {
        LoginAccount moderator = Groups.member(testMembers, "Mona", "Kalender");
        LoginAccount insider = Groups.member(testMembers, "Ina", "Kalender");
        LoginAccount outsider = Groups.member(testMembers, "Otto", "Kalender");
        long groupId =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        Acting.run(insider, () -> groupMembership.join(groupId));
        LocalDateTime day = LocalDateTime.of(2042, 5, 12, 18, 0);
        long open = publish(at(day, Duration.ofHours(1)));
        long members = publish(forAudience(at(day.plusDays(1), Duration.ofHours(1)), EventAudience.MEMBERS, null));
        long group =
                publish(forAudience(at(day.plusDays(2), Duration.ofHours(1)), EventAudience.GROUP_MEMBERS, groupId));
        long draft = Acting.as(testMembers.admin(), () -> events.create(at(day.plusDays(3), Duration.ofHours(1))));

        SecurityTestSupport.signOut();
        assertThat(month(2042, 5)).containsExactly(open);
        assertThat(as(outsider)).containsExactly(open, members);
        assertThat(as(insider)).containsExactly(open, members, group);
        assertThat(as(moderator)).containsExactly(open, members, group);
        assertThat(as(testMembers.admin()))
                .containsExactly(open, members, group)
                .doesNotContain(draft);
    }

    @Test
    void the_group_choice_names_only_groups_whose_events_the_caller_may_see() {
        LoginAccount insider = Groups.member(testMembers, "Gina", "Kalender");
        long publicGroup = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        long closedGroup = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        Acting.run(insider, () -> groupMembership.join(closedGroup));
        LocalDateTime day = LocalDateTime.of(2042, 6, 2, 18, 0);
        publish(forAudience(at(day, Duration.ofHours(1)), EventAudience.PUBLIC, publicGroup));
        publish(forAudience(at(day, Duration.ofHours(1)), EventAudience.GROUP_MEMBERS, closedGroup));

        SecurityTestSupport.signOut();
        assertThat(calendar.groups())
                .extracting(CalendarGroup::id)
                .contains(publicGroup)
                .doesNotContain(closedGroup);
        assertThat(Acting.as(testMembers.member(), calendar::groups))
                .extracting(CalendarGroup::id)
                .contains(publicGroup)
                .doesNotContain(closedGroup);
        assertThat(Acting.as(insider, calendar::groups))
                .extracting(CalendarGroup::id)
                .contains(publicGroup, closedGroup);
    }

    @Test
    void only_mine_lists_my_registrations_and_nothing_for_a_guest() {
        LoginAccount me = Groups.member(testMembers, "Mia", "Kalender");
        LocalDateTime day = LocalDateTime.of(2042, 8, 3, 18, 0);
        long registered = publish(at(day, Duration.ofHours(1)));
        long other = publish(at(day.plusDays(1), Duration.ofHours(1)));
        long cancelled = publish(at(day.plusDays(2), Duration.ofHours(1)));
        Acting.run(me, () -> {
            registrations.register(registered, SeatKind.IN_PERSON);
            long id = registrations.register(cancelled, SeatKind.IN_PERSON).id();
            registrations.cancel(id);
        });
        CalendarFilter mine = new CalendarFilter(null, null, null, null, true);

        assertThat(Acting.as(
                        me,
                        () -> ids(calendar.find(
                                CalendarQuery.days(LocalDate.of(2042, 8, 1), LocalDate.of(2042, 8, 31), mine)))))
                .containsExactly(registered);
        List<CalendarEntry> all = Acting.as(
                me,
                () -> calendar.find(monthQuery(2042, 8, CalendarFilter.NONE)).entries());
        assertThat(all)
                .filteredOn(entry -> entry.id() == registered)
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.myStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
                    assertThat(entry.freeInPerson()).isEqualTo(19L);
                });
        assertThat(all)
                .filteredOn(entry -> entry.id() == other)
                .singleElement()
                .satisfies(entry -> assertThat(entry.myStatus()).isNull());

        SecurityTestSupport.signOut();
        assertThat(calendar.find(monthQuery(2042, 8, mine)).entries()).isEmpty();
    }

    @Test
    void an_open_list_stops_at_its_limit_and_says_there_is_more() {
        LocalDateTime day = LocalDateTime.of(2043, 1, 5, 10, 0);
        long first = publish(at(day, Duration.ofHours(1)));
        long second = publish(at(day.plusHours(2), Duration.ofHours(1)));
        publish(at(day.plusDays(1), Duration.ofHours(1)));

        CalendarPage page = calendar.find(CalendarQuery.from(LocalDate.of(2043, 1, 5), CalendarFilter.NONE, 2));

        assertThat(ids(page)).containsExactly(first, second);
        assertThat(page.more()).isTrue();
    }

    private long publish(EventDraft draft) {
        return CalendarEvents.publish(testMembers, events, draft);
    }

    private List<Long> as(LoginAccount account) {
        return Acting.as(account, () -> month(2042, 5));
    }

    private static CalendarFilter filter(
            @Nullable EventType type, @Nullable EventFormat format, @Nullable String topic, @Nullable Long groupId) {
        return new CalendarFilter(type, format, topic, groupId, false);
    }

    private List<Long> month(int year, int month) {
        return month(year, month, CalendarFilter.NONE);
    }

    private List<Long> month(int year, int month, CalendarFilter filter) {
        return ids(calendar.find(monthQuery(year, month, filter)));
    }

    private static CalendarQuery monthQuery(int year, int month, CalendarFilter filter) {
        YearMonth ym = YearMonth.of(year, month);
        return CalendarQuery.days(ym.atDay(1), ym.atEndOfMonth(), filter);
    }

    private static List<Long> ids(CalendarPage page) {
        return page.entries().stream().map(CalendarEntry::id).toList();
    }
}
