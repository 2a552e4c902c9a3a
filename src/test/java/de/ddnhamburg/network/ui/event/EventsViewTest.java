package de.ddnhamburg.network.ui.event;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.CalendarEvents.at;
import static de.ddnhamburg.network.support.CalendarEvents.forAudience;
import static de.ddnhamburg.network.support.CalendarEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventDraft;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.EventType;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupReadService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.CalendarEvents;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.layout.MainLayout;
import de.ddnhamburg.network.ui.layout.PublicLayout;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The event calendar in its three views, its navigation and filters kept in the address, and who
 * sees which events. Each test uses months of its own in the 2050s, away from other tests' events.
 */
class EventsViewTest extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    GroupReadService groups;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_guest_sees_public_events_only_in_the_public_frame() {
        LoginAccount moderator = Groups.member(testMembers, "Greta", "Gast");
        long groupId =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        LocalDateTime day = LocalDateTime.of(2051, 3, 10, 18, 0);
        EventDraft open = at(day, Duration.ofHours(2));
        EventDraft forMembers = forAudience(at(day.plusHours(1), Duration.ofHours(1)), EventAudience.MEMBERS, null);
        EventDraft forGroup =
                forAudience(at(day.plusHours(2), Duration.ofHours(1)), EventAudience.GROUP_MEMBERS, groupId);
        publish(open);
        publish(forMembers);
        publish(forGroup);

        navigate("veranstaltungen?ansicht=monat&monat=2051-03");

        assertThat(currentView()).isInstanceOf(EventsView.class);
        _get(PublicLayout.class);
        _assertNone(MainLayout.class);
        _get(RouterLink.class, spec -> spec.withId("events-link"));
        assertThat(text("month-day-2051-03-10"))
                .contains(open.title())
                .doesNotContain(forMembers.title(), forGroup.title());
        _assertNone(Checkbox.class, spec -> spec.withId("filter-mine"));
        _get(RouterLink.class, spec -> spec.withId("calendar-guest-login"));

        navigate("veranstaltungen?ansicht=liste&monat=2051-03&meine=1");
        assertThat(text("calendar-body")).contains(open.title());
    }

    @Test
    void members_see_members_events_and_only_their_own_groups_events() {
        LoginAccount insider = Groups.member(testMembers, "Ines", "Innen");
        LoginAccount outsider = Groups.member(testMembers, "Olaf", "Aussen");
        LoginAccount moderator = Groups.member(testMembers, "Moritz", "Moderator");
        LoginAccount otherModerator = Groups.member(testMembers, "Mara", "Andere");
        long groupId =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, otherModerator);
        Acting.run(insider, () -> groupMembership.join(groupId));
        LocalDateTime day = LocalDateTime.of(2051, 4, 14, 18, 0);
        EventDraft forMembers = forAudience(at(day, Duration.ofHours(1)), EventAudience.MEMBERS, null);
        EventDraft forGroup =
                forAudience(at(day.plusHours(2), Duration.ofHours(1)), EventAudience.GROUP_MEMBERS, groupId);
        publish(forMembers);
        publish(forGroup);

        login(outsider);
        navigate("veranstaltungen?ansicht=woche&woche=2051-04-14");
        _get(MainLayout.class);
        _assertNone(PublicLayout.class);
        assertThat(text("week-day-2051-04-14")).contains(forMembers.title()).doesNotContain(forGroup.title());
        // The group choice appears only when there are groups to choose; this one is never among them.
        assertThat(_find(Select.class, spec -> spec.withId("filter-group")).stream()
                        .flatMap(select -> select.getListDataView().getItems())
                        .toList())
                .doesNotContain(groupId);

        login(insider);
        navigate("veranstaltungen?ansicht=woche&woche=2051-04-14");
        assertThat(text("week-day-2051-04-14")).contains(forMembers.title(), forGroup.title());

        login(moderator);
        navigate("veranstaltungen?ansicht=woche&woche=2051-04-14");
        assertThat(text("week-day-2051-04-14")).contains(forMembers.title(), forGroup.title());

        // Moderating a group gives no look into another group's events.
        login(otherModerator);
        navigate("veranstaltungen?ansicht=woche&woche=2051-04-14");
        assertThat(text("week-day-2051-04-14")).contains(forMembers.title()).doesNotContain(forGroup.title());

        loginAsAdmin();
        navigate("veranstaltungen?ansicht=woche&woche=2051-04-14");
        assertThat(text("week-day-2051-04-14")).contains(forMembers.title(), forGroup.title());
    }

    @Test
    void the_month_marks_today_links_events_and_moves_by_month() {
        clock.set(ZonedDateTime.of(2051, 6, 15, 10, 0, 0, 0, CalendarEvents.HAMBURG)
                .toInstant());
        EventDraft draft = at(LocalDateTime.of(2051, 6, 20, 18, 30), Duration.ofHours(2));
        long id = publish(draft);
        loginAsMember();

        navigate("veranstaltungen?ansicht=monat");

        assertThat(_get(H2.class, spec -> spec.withId("calendar-period")).getText())
                .isEqualTo("Juni 2051");
        assertThat(_get(Div.class, spec -> spec.withId("month-day-2051-06-15")).getClassNames())
                .contains("cal-today");
        assertThat(_get(RouterLink.class, spec -> spec.withId("calendar-mode-monat"))
                        .getElement()
                        .getAttribute("aria-current"))
                .isEqualTo("page");
        RouterLink chip = _get(_get(Div.class, spec -> spec.withId("month-day-2051-06-20")), RouterLink.class);
        assertThat(chip.getElement().getTextRecursively()).contains("18:30", draft.title());
        assertThat(chip.getHref()).isEqualTo("veranstaltungen/" + id);

        follow("calendar-next");
        assertThat(_get(H2.class, spec -> spec.withId("calendar-period")).getText())
                .isEqualTo("Juli 2051");
        assertLocation("veranstaltungen?ansicht=monat&monat=2051-07");
        follow("calendar-previous");
        follow("calendar-previous");
        assertThat(_get(H2.class, spec -> spec.withId("calendar-period")).getText())
                .isEqualTo("Mai 2051");
        follow("calendar-today");
        assertThat(_get(H2.class, spec -> spec.withId("calendar-period")).getText())
                .isEqualTo("Juni 2051");

        navigate(chip.getHref());
        assertThat(currentView()).isInstanceOf(EventView.class);
    }

    @Test
    void the_week_shows_times_and_an_event_over_midnight_on_both_days() {
        EventDraft late = at(LocalDateTime.of(2051, 7, 11, 22, 0), Duration.ofHours(3));
        publish(late);
        loginAsMember();

        navigate("veranstaltungen?ansicht=woche&woche=2051-07-13");

        assertThat(_get(H2.class, spec -> spec.withId("calendar-period")).getText())
                .isEqualTo("Woche vom 10.07.2051 bis 16.07.2051");
        assertThat(text("week-day-2051-07-11")).contains(late.title(), "Di. 11. Juli, 22:00–Mi. 12. Juli, 01:00");
        assertThat(text("week-day-2051-07-12")).contains(late.title());
        assertThat(text("week-day-2051-07-13")).doesNotContain(late.title());

        follow("calendar-next");
        assertLocation("veranstaltungen?ansicht=woche&woche=2051-07-17");
        _get(Div.class, spec -> spec.withId("calendar-empty"));
    }

    @Test
    void the_list_groups_by_day_with_time_kind_format_group_seats_and_my_registration() {
        LoginAccount me = Groups.member(testMembers, "Lia", "Liste");
        long groupId = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        String groupName =
                Acting.as(me, () -> groups.page(groupId, Locale.GERMAN).name());
        EventDraft workshop = forAudience(
                with(
                        at(LocalDateTime.of(2051, 8, 5, 18, 0), Duration.ofHours(2)),
                        EventType.WORKSHOP,
                        EventFormat.IN_PERSON),
                EventAudience.PUBLIC,
                groupId);
        long workshopId = publish(workshop);
        EventDraft later = at(LocalDateTime.of(2051, 8, 9, 9, 0), Duration.ofHours(1));
        long laterId = publish(later);
        Acting.run(me, () -> registrations.register(workshopId, SeatKind.IN_PERSON));
        login(me);

        navigate("veranstaltungen?ansicht=liste&monat=2051-08");

        assertThat(_get(H2.class, spec -> spec.withId("calendar-period")).getText())
                .isEqualTo("Ab 01.08.2051");
        Div day = _get(Div.class, spec -> spec.withId("event-card-" + workshopId));
        assertThat(day.getElement().getTextRecursively())
                .contains(
                        "18:00–20:00",
                        workshop.title(),
                        "Workshop",
                        "Vor Ort",
                        groupName,
                        "19 Plätze frei",
                        "Angemeldet");
        assertThat(text("list-day-2051-08-05"))
                .contains("Samstag, 5. August 2051")
                .doesNotContain(later.title());
        _get(Div.class, spec -> spec.withId("event-card-" + laterId));
        List<Div> cards = _find(Div.class, spec -> spec.withClasses("cal-list-item"));
        assertThat(cards)
                .extracting(Component::getId)
                .extracting(java.util.Optional::orElseThrow)
                .containsSubsequence("event-card-" + workshopId, "event-card-" + laterId);
    }

    @Test
    void a_deep_link_restores_view_and_filters_and_a_filter_change_goes_into_the_address() {
        LoginAccount me = Groups.member(testMembers, "Dora", "Deeplink");
        long groupId = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        LocalDateTime day = LocalDateTime.of(2051, 9, 8, 18, 0);
        EventDraft match = forAudience(
                with(at(day, Duration.ofHours(1)), EventType.WORKSHOP, EventFormat.HYBRID),
                EventAudience.MEMBERS,
                groupId,
                "netzwerken");
        EventDraft otherType =
                forAudience(at(day.plusDays(1), Duration.ofHours(1)), EventAudience.MEMBERS, groupId, "netzwerken");
        long matchId = publish(match);
        publish(otherType);
        Acting.run(me, () -> registrations.register(matchId, SeatKind.ONLINE));
        login(me);

        navigate("veranstaltungen?ansicht=monat&monat=2051-09&typ=WORKSHOP&format=ONLINE&thema=netzwerken&gruppe="
                + groupId + "&meine=1");

        assertThat(_get(Select.class, spec -> spec.withId("filter-type")).getValue())
                .isEqualTo(EventType.WORKSHOP);
        assertThat(_get(Select.class, spec -> spec.withId("filter-format")).getValue())
                .isEqualTo(EventFormat.ONLINE);
        assertThat(_get(Select.class, spec -> spec.withId("filter-topic")).getValue())
                .isEqualTo("netzwerken");
        assertThat(_get(Select.class, spec -> spec.withId("filter-group")).getValue())
                .isEqualTo(groupId);
        assertThat(_get(Checkbox.class, spec -> spec.withId("filter-mine")).getValue())
                .isTrue();
        assertThat(text("calendar-month")).contains(match.title()).doesNotContain(otherType.title());

        @SuppressWarnings("unchecked")
        Select<EventType> type = _get(Select.class, spec -> spec.withId("filter-type"));
        FieldInput.setValueAsUser(type, EventType.DISCUSSION_ROUND);
        assertThat(location()).contains("typ=DISCUSSION_ROUND", "monat=2051-09", "meine=1");
        assertThat(text("calendar-month")).doesNotContain(match.title());
        _get(Div.class, spec -> spec.withId("calendar-empty"));
        assertThat(text("calendar-empty")).contains("Keine Veranstaltungen im September 2051.");

        follow("calendar-empty-reset");
        assertLocation("veranstaltungen?ansicht=monat&monat=2051-09");
        assertThat(text("calendar-month")).contains(match.title(), otherType.title());
        assertThat(_get(Select.class, spec -> spec.withId("filter-type")).getValue())
                .isNull();
    }

    @Test
    void bad_parameters_fall_back_to_defaults_without_an_error_page() {
        clock.set(ZonedDateTime.of(2051, 10, 2, 12, 0, 0, 0, CalendarEvents.HAMBURG)
                .toInstant());
        loginAsMember();

        navigate("veranstaltungen?ansicht=kalender&monat=2051-13&woche=gestern&typ=PARTY&format=x&thema=gibt-es-nicht"
                + "&gruppe=abc&meine=ja");

        assertThat(currentView()).isInstanceOf(EventsView.class);
        assertThat(_get(RouterLink.class, spec -> spec.withId("calendar-mode-liste"))
                        .getElement()
                        .getAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(_get(H2.class, spec -> spec.withId("calendar-period")).getText())
                .isEqualTo("Ab 02.10.2051");
        for (String id : List.of("filter-type", "filter-format", "filter-topic")) {
            assertThat(_get(Select.class, spec -> spec.withId(id)).getValue()).isNull();
        }
        assertThat(_get(Checkbox.class, spec -> spec.withId("filter-mine")).getValue())
                .isFalse();
        _assertNone(RouterLink.class, spec -> spec.withId("calendar-reset-filters"));

        navigate("veranstaltungen?ansicht=monat&monat=1066-10&gruppe=999999999");
        assertThat(_get(H2.class, spec -> spec.withId("calendar-period")).getText())
                .isEqualTo("Oktober 2051");
        assertThat(_find(Select.class, spec -> spec.withId("filter-group")))
                .allSatisfy(select -> assertThat(select.getValue()).isNull());
        _assertNone(RouterLink.class, spec -> spec.withId("calendar-reset-filters"));
    }

    @Test
    void an_empty_month_says_so_in_english_too() {
        loginAsMember();
        navigate("veranstaltungen?ansicht=monat&monat=2051-11");
        assertThat(text("calendar-empty")).contains("Keine Veranstaltungen im November 2051.");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("veranstaltungen?ansicht=monat&monat=2051-12&typ=WORKSHOP");

        assertThat(text("calendar-empty")).contains("No events in December 2051.", "Reset filters");
        assertThat(_get(RouterLink.class, spec -> spec.withId("calendar-mode-woche"))
                        .getText())
                .isEqualTo("Week");
    }

    @Test
    void the_list_offers_more_when_there_are_more_events() {
        LocalDateTime day = LocalDateTime.of(2052, 1, 5, 9, 0);
        for (int i = 0; i <= 30; i++) {
            publish(at(day.plusHours(i * 5L), Duration.ofHours(1)));
        }
        loginAsMember();
        navigate("veranstaltungen?ansicht=liste&monat=2052-01");
        assertThat(_find(Div.class, spec -> spec.withClasses("cal-list-item"))).hasSize(30);

        _click(_get(Button.class, spec -> spec.withId("calendar-more")));

        assertThat(_find(Div.class, spec -> spec.withClasses("cal-list-item")).size())
                .isGreaterThan(30);
    }

    private long publish(EventDraft draft) {
        return CalendarEvents.publish(testMembers, events, draft);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    /** Follows a link as a click would. */
    private void follow(String id) {
        navigate(_get(RouterLink.class, spec -> spec.withId(id)).getHref());
    }

    /** The address bar, whatever the order of the parameters. */
    private static void assertLocation(String expected) {
        Location actual = UI.getCurrent().getInternals().getActiveViewLocation();
        Location wanted = new Location(expected);
        assertThat(actual.getPath()).isEqualTo(wanted.getPath());
        assertThat(actual.getQueryParameters().getParameters())
                .isEqualTo(wanted.getQueryParameters().getParameters());
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
