package de.ddnhamburg.network.domain.event;

import static de.ddnhamburg.network.support.CalendarEvents.at;
import static de.ddnhamburg.network.support.CalendarEvents.forAudience;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.CongressLifecycleService;
import de.ddnhamburg.network.domain.congress.CongressPage;
import de.ddnhamburg.network.domain.congress.CongressReadService;
import de.ddnhamburg.network.domain.congress.CongressSessionService;
import de.ddnhamburg.network.domain.congress.SessionCard;
import de.ddnhamburg.network.domain.congress.SessionDraft;
import de.ddnhamburg.network.domain.congress.SessionType;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupDraft;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupPage;
import de.ddnhamburg.network.domain.group.GroupReadService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.EventDrafts;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 12, point 5: a hidden group's name and id reach nobody who may not see the group, through
 * the calendar's entries, its group choice or its group filter; archived groups are named as the
 * group list shows them (to their members and admins); and a hidden group organises events for its
 * own members only. Each test uses a month of its own far ahead.
 */
@IntegrationTest
class HiddenGroupEventsTest {

    @Autowired
    EventListingService calendar;

    @Autowired
    EventService events;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    GroupReadService groupRead;

    @Autowired
    CongressReadService congressRead;

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    TestMembers testMembers;

    @AfterEach
    void signOut() {
        SecurityTestSupport.signOut();
    }

    @Test
    void a_group_hidden_after_planning_wider_events_is_named_in_the_calendar_only_to_its_members() {
        LoginAccount insider = Groups.member(testMembers, "Hanna", "Verborgen");
        LoginAccount outsider = Groups.member(testMembers, "Olaf", "Verborgen");
        long groupId = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        Acting.run(insider, () -> groupMembership.join(groupId));
        LocalDateTime day = LocalDateTime.of(2043, 3, 10, 18, 0);
        long open = publish(forAudience(at(day, Duration.ofHours(1)), EventAudience.PUBLIC, groupId));
        long members = publish(forAudience(at(day.plusDays(1), Duration.ofHours(1)), EventAudience.MEMBERS, groupId));
        String name = hide(groupId);
        LocalDate first = LocalDate.of(2043, 3, 1);

        for (Supplier<CalendarPage> outside : List.<Supplier<CalendarPage>>of(
                () -> calendar.find(month(first, CalendarFilter.NONE)),
                () -> Acting.as(outsider, () -> calendar.find(month(first, CalendarFilter.NONE))))) {
            assertThat(outside.get().entries())
                    .filteredOn(entry -> entry.id() == open || entry.id() == members)
                    .isNotEmpty()
                    .allSatisfy(entry -> {
                        assertThat(entry.groupId()).isNull();
                        assertThat(entry.groupName()).isNull();
                    });
        }
        assertThat(Acting.as(insider, () -> calendar.find(month(first, CalendarFilter.NONE)))
                        .entries())
                .filteredOn(entry -> entry.id() == open || entry.id() == members)
                .hasSize(2)
                .allSatisfy(entry -> assertThat(entry.groupName()).isEqualTo(name));
        assertThat(Acting.as(testMembers.admin(), () -> calendar.find(month(first, CalendarFilter.NONE)))
                        .entries())
                .filteredOn(entry -> entry.id() == open)
                .singleElement()
                .satisfies(entry -> assertThat(entry.groupId()).isEqualTo(groupId));

        // The group choice of the calendar's filter.
        assertThat(calendar.groups()).extracting(CalendarGroup::id).doesNotContain(groupId);
        assertThat(Acting.as(outsider, calendar::groups))
                .extracting(CalendarGroup::id)
                .doesNotContain(groupId);
        assertThat(Acting.as(insider, calendar::groups))
                .extracting(CalendarGroup::id)
                .contains(groupId);

        // Filtering by the id (from an old link, or guessed) tells an outsider nothing either.
        CalendarFilter byGroup = new CalendarFilter(null, null, null, groupId, false);
        assertThat(calendar.find(month(first, byGroup)).entries()).isEmpty();
        assertThat(Acting.as(outsider, () -> calendar.find(month(first, byGroup)))
                        .entries())
                .isEmpty();
        assertThat(Acting.as(insider, () -> calendar.find(month(first, byGroup)))
                        .entries())
                .extracting(CalendarEntry::id)
                .containsExactly(open, members);
    }

    @Test
    void an_archived_group_is_named_to_its_members_and_admins_only_as_in_the_group_list() {
        LoginAccount insider = Groups.member(testMembers, "Arne", "Archiv");
        LoginAccount outsider = Groups.member(testMembers, "Olga", "Archiv");
        long groupId = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        Acting.run(insider, () -> groupMembership.join(groupId));
        long open = publish(forAudience(
                at(LocalDateTime.of(2043, 4, 14, 18, 0), Duration.ofHours(1)), EventAudience.PUBLIC, groupId));
        Acting.run(testMembers.admin(), () -> groupAdministration.setArchived(groupId, true));
        LocalDate first = LocalDate.of(2043, 4, 1);

        assertThat(entry(calendar.find(month(first, CalendarFilter.NONE)), open).groupName())
                .isNull();
        assertThat(entry(Acting.as(outsider, () -> calendar.find(month(first, CalendarFilter.NONE))), open)
                        .groupName())
                .isNull();
        assertThat(Acting.as(outsider, calendar::groups))
                .extracting(CalendarGroup::id)
                .doesNotContain(groupId);
        assertThat(entry(Acting.as(insider, () -> calendar.find(month(first, CalendarFilter.NONE))), open)
                        .groupName())
                .isNotNull();
        assertThat(Acting.as(insider, calendar::groups))
                .extracting(CalendarGroup::id)
                .contains(groupId);
        // The group page follows the list too: not found for outsiders, open for its members.
        assertThatThrownBy(() -> Acting.as(outsider, () -> groupRead.page(groupId, Locale.GERMAN)))
                .isInstanceOf(NotFoundException.class);
        assertThat(Acting.as(insider, () -> groupRead.page(groupId, Locale.GERMAN))
                        .archived())
                .isTrue();
    }

    @Test
    void a_hidden_group_organises_events_for_its_own_members_only() {
        LoginAccount moderator = Groups.member(testMembers, "Mia", "Verborgen");
        long hidden = Groups.create(
                testMembers, groupAdministration, JoinPolicy.INVITE_ONLY, GroupVisibility.HIDDEN, moderator);
        EventDraft base = at(LocalDateTime.of(2043, 5, 20, 18, 0), Duration.ofHours(1));

        for (LoginAccount organiser : List.of(moderator, testMembers.admin())) {
            assertThatThrownBy(() ->
                            Acting.as(organiser, () -> events.create(forAudience(base, EventAudience.PUBLIC, hidden))))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("event.validation.hiddenGroupAudience");
            assertThatThrownBy(() ->
                            Acting.as(organiser, () -> events.create(forAudience(base, EventAudience.MEMBERS, hidden))))
                    .hasMessage("event.validation.hiddenGroupAudience");
        }
        long own = Acting.as(moderator, () -> events.create(forAudience(base, EventAudience.GROUP_MEMBERS, hidden)));
        // Not to be widened later either.
        EventEdit edit = Acting.as(moderator, () -> events.edit(own));
        assertThatThrownBy(() -> Acting.as(
                        moderator,
                        () -> events.update(
                                own, edit.version(), forAudience(edit.draft(), EventAudience.MEMBERS, hidden))))
                .hasMessage("event.validation.hiddenGroupAudience");
    }

    @Test
    void a_wider_event_planned_before_the_group_was_hidden_can_still_be_edited_but_not_widened() {
        LoginAccount moderator = Groups.member(testMembers, "Moritz", "Verborgen");
        long groupId =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        long members = publish(forAudience(
                at(LocalDateTime.of(2043, 6, 3, 18, 0), Duration.ofHours(1)), EventAudience.MEMBERS, groupId));
        hide(groupId);

        EventEdit edit = Acting.as(moderator, () -> events.edit(members));
        EventEdit saved = Acting.as(
                moderator,
                () -> events.update(members, edit.version(), EventDrafts.withTitle(edit.draft(), "Neuer Titel")));
        assertThat(saved.draft().title()).isEqualTo("Neuer Titel");
        assertThatThrownBy(() -> Acting.as(
                        moderator,
                        () -> events.update(
                                members, saved.version(), forAudience(saved.draft(), EventAudience.PUBLIC, groupId))))
                .hasMessage("event.validation.hiddenGroupAudience");
    }

    @Test
    void the_congress_programme_names_a_hidden_organising_group_only_to_those_who_may_see_it() {
        LoginAccount insider = Groups.member(testMembers, "Kora", "Kongress");
        long hidden = Groups.create(
                testMembers, groupAdministration, JoinPolicy.INVITE_ONLY, GroupVisibility.HIDDEN, insider);
        String name =
                Acting.as(insider, () -> groupRead.page(hidden, Locale.GERMAN).name());
        Congresses.Built congress = Congresses.build(testMembers, context, clock, false);
        Acting.run(testMembers.admin(), () -> {
            context.getBean(CongressSessionService.class)
                    .add(
                            congress.congressId(),
                            new SessionDraft(
                                    SessionType.FORUM,
                                    "Forum der Gruppe",
                                    "",
                                    congress.plenarySlotId(),
                                    congress.smallRoomId(),
                                    Set.of(),
                                    hidden,
                                    null));
            context.getBean(CongressLifecycleService.class).publish(congress.congressId());
        });

        assertThat(organisers(congressRead.page(congress.congressId()))).doesNotContain(name);
        assertThat(organisers(Acting.as(testMembers.member(), () -> congressRead.page(congress.congressId()))))
                .doesNotContain(name);
        assertThat(organisers(Acting.as(insider, () -> congressRead.page(congress.congressId()))))
                .contains(name);
    }

    /** The organising groups the programme names (sessions without one are left out). */
    private static List<String> organisers(CongressPage page) {
        return page.days().stream()
                .flatMap(day -> day.slots().stream())
                .flatMap(slot -> slot.sessions().stream())
                .map(SessionCard::groupName)
                .filter(Objects::nonNull)
                .toList();
    }

    private long publish(EventDraft draft) {
        return Acting.as(testMembers.admin(), () -> {
            long id = events.create(draft);
            events.publish(id);
            return id;
        });
    }

    /** Makes the group hidden, as an admin does in the group's dialog; returns its name. */
    private String hide(long groupId) {
        return Acting.as(testMembers.admin(), () -> {
            GroupPage page = groupRead.page(groupId, Locale.GERMAN);
            GroupDraft draft = Groups.draft(page.name(), page.joinPolicy(), GroupVisibility.HIDDEN);
            groupAdministration.update(groupId, page.version(), draft);
            return page.name();
        });
    }

    private static CalendarQuery month(LocalDate first, CalendarFilter filter) {
        return CalendarQuery.days(first, first.plusMonths(1).minusDays(1), filter);
    }

    private static CalendarEntry entry(CalendarPage page, long eventId) {
        @Nullable
        CalendarEntry found = page.entries().stream()
                .filter(entry -> entry.id() == eventId)
                .findFirst()
                .orElse(null);
        return Objects.requireNonNull(found, "event " + eventId + " not in the calendar");
    }
}
