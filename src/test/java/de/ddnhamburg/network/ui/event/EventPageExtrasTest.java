package de.ddnhamburg.network.ui.event;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import de.ddnhamburg.network.domain.event.EventDraft;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventParticipationService;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The event page's extras: map link, the opt-in participant list and "Wer noch kommt". */
class EventPageExtrasTest extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    EventParticipationService participation;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void the_map_link_searches_the_address_on_openstreetmap_in_a_new_tab() {
        long withAddress = Events.published(
                testMembers,
                events,
                withAddress(Events.draft(clock, EventFormat.IN_PERSON, 5, null), "Dammtorstraße 1, 20354 Hamburg"));
        long without = Events.published(testMembers, events, Events.draft(clock, EventFormat.ONLINE, null, 5));
        loginAsMember();

        navigate("veranstaltungen/" + withAddress);
        Anchor map = _get(Anchor.class, spec -> spec.withId("event-map-link"));
        assertThat(map.getHref())
                .isEqualTo("https://www.openstreetmap.org/search?query=Dammtorstra%C3%9Fe+1%2C+20354+Hamburg");
        assertThat(map.getTarget()).contains("_blank");
        assertThat(map.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");

        navigate("veranstaltungen/" + without);
        _assertNone(Anchor.class, spec -> spec.withId("event-map-link"));
    }

    @Test
    void the_participant_list_shows_only_who_opted_in_and_only_registered_members_can_opt_in() {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 5, null));
        LoginAccount anna = participant(eventId, "Anna", Set.of());
        LoginAccount viewer = Groups.member(testMembers, "Vera", "Viewer");

        login(anna);
        navigate("veranstaltungen/" + eventId);
        Checkbox showMe = _get(Checkbox.class, spec -> spec.withId("event-show-me"));
        assertThat(showMe.getValue()).isFalse();
        _get(Paragraph.class, spec -> spec.withId("event-participants-empty"));
        FieldInput.setValueAsUser(showMe, true);
        assertThat(names()).containsExactly("Anna Teilnehmend (Testorganisation)");

        login(viewer);
        navigate("veranstaltungen/" + eventId);
        _assertNone(Checkbox.class, spec -> spec.withId("event-show-me"));
        assertThat(names()).containsExactly("Anna Teilnehmend (Testorganisation)");

        Acting.run(anna, () -> participation.showMe(eventId, false));
        navigate("veranstaltungen/" + eventId);
        _get(Paragraph.class, spec -> spec.withId("event-participants-empty"));
    }

    @Test
    void who_else_is_coming_names_listed_participants_with_something_in_common_and_no_hidden_ones() {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 10, null));
        LoginAccount me = participant(eventId, "Ida", Set.of("fuehrung"));
        LoginAccount theo = participant(eventId, "Theo", Set.of("fuehrung"));
        LoginAccount hidden = participant(eventId, "Hanna", Set.of("fuehrung"));
        LoginAccount quiet = participant(eventId, "Quentin", Set.of("fuehrung"));
        for (LoginAccount account : new LoginAccount[] {theo, hidden}) {
            Acting.run(account, () -> participation.showMe(eventId, true));
        }
        jdbc.update("update member set listed_in_directory = false where id = ?", hidden.memberId());

        login(me);
        navigate("veranstaltungen/" + eventId);

        Section alsoComing = _get(Section.class, spec -> spec.withId("event-also-coming"));
        assertThat(_get(ListItem.class, spec -> spec.withId("event-also-coming-" + theo.memberId()))
                        .getElement()
                        .getTextRecursively())
                .contains("Theo Teilnehmend", "Gemeinsame Themen: Führung");
        assertThat(alsoComing.getElement().getTextRecursively()).doesNotContain("Hanna", "Quentin");
        _assertNone(ListItem.class, spec -> spec.withId("event-also-coming-" + quiet.memberId()));
    }

    @Test
    void without_anyone_in_common_the_section_says_so() {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 10, null));
        LoginAccount me = participant(eventId, "Solo", Set.of());
        login(me);
        navigate("veranstaltungen/" + eventId);
        _get(Paragraph.class, spec -> spec.withId("event-also-coming-empty"));
    }

    private java.util.List<String> names() {
        return _get(UnorderedList.class, spec -> spec.withId("event-participant-names"))
                .getChildren()
                .map(item -> item.getElement().getTextRecursively())
                .toList();
    }

    private LoginAccount participant(long eventId, String firstName, Set<String> topics) {
        LoginAccount account =
                testMembers.ensure(Contacts.uniqueEmail("x"), firstName, "Teilnehmend", Set.of(Roles.MEMBER), topics);
        Acting.run(account, () -> registrations.register(eventId, SeatKind.IN_PERSON));
        return account;
    }

    private static EventDraft withAddress(EventDraft draft, String address) {
        return new EventDraft(
                draft.title(),
                draft.type(),
                draft.description(),
                draft.startsAt(),
                draft.endsAt(),
                draft.format(),
                draft.venue(),
                draft.onlineLink(),
                draft.inPersonCapacity(),
                draft.onlineCapacity(),
                draft.registrationOpensAt(),
                draft.registrationClosesAt(),
                draft.audience(),
                draft.groupId(),
                draft.topicSlugs(),
                draft.guestsAllowed(),
                address);
    }
}
