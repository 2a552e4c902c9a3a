package de.ddnhamburg.network.ui.start;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.Contacts.firstContact;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.TestMarkers;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Erste Schritte": three one-click steps for a new member (profile incomplete, no contacts, no groups),
 * each gone once done, the list once all are done; an established member, a member with a contact and
 * an admin never see them.
 */
class FirstStepsPanelTest extends KaribuTest {

    @Autowired
    GroupAdministrationService groups;

    @Autowired
    EventService events;

    @Autowired
    ContactRequestService requests;

    @Autowired
    MutableClock clock;

    LoginAccount newcomer;

    @BeforeEach
    void newcomerWithAGroupAndARoundToJoin() {
        // An open group on the newcomer's topic and an online round, so both steps have their one click.
        Groups.create(testMembers, groups, JoinPolicy.OPEN, GroupVisibility.LISTED);
        Events.published(testMembers, events, Events.draft(clock, EventFormat.ONLINE, null, 500));
        String marker = TestMarkers.word("fs");
        newcomer = testMembers.withProfile(
                marker + "@example.org",
                profile("Nele", "Neu" + marker)
                        .topics("digitalisierung-der-arbeitswelt")
                        .build());
    }

    @Test
    void a_new_member_does_each_step_with_one_click_and_the_list_goes_when_all_are_done() {
        login(newcomer);
        navigate(MemberHomeView.class);

        Section panel = panel();
        assertThat(panel.getElement().getTextRecursively())
                .contains("Erste Schritte", "Ergänzen Sie Ihr Profil", "Fachgruppe", "Online-Runde");
        assertThat(_get(RouterLink.class, spec -> spec.withId("first-step-profile"))
                        .getHref())
                .isEqualTo("profil");

        assertThat(steps())
                .containsExactly("first-step-item-profile", "first-step-item-group", "first-step-item-event");

        // A step done leaves the list; the others stay although a member in a group looks less new.
        _click(_get(Button.class, spec -> spec.withId("first-step-group")));
        assertThat(steps()).containsExactly("first-step-item-profile", "first-step-item-event");
        _assertNone(Button.class, spec -> spec.withId("first-step-group"));

        _click(_get(Button.class, spec -> spec.withId("first-step-event")));
        assertThat(steps()).containsExactly("first-step-item-profile");

        testMembers.withProfile(
                newcomer.email(),
                profile("Nele", "Neu")
                        .topics("digitalisierung-der-arbeitswelt")
                        .bio("Ich komme aus der Elternzeit zurück.")
                        .expertise("Personalentwicklung")
                        .build());
        navigate(MemberHomeView.class);
        _assertNone(Section.class, spec -> spec.withId("home-first-steps"));
    }

    @Test
    void an_established_member_with_a_complete_profile_does_not_get_the_first_steps() {
        login(testMembers.withProfile(
                TestMarkers.word("fe") + "@example.org",
                profile("Erika", "Etabliert")
                        .topics("digitalisierung-der-arbeitswelt")
                        .bio("Seit Jahren im Netzwerk.")
                        .expertise("Personalentwicklung")
                        .build()));
        navigate(MemberHomeView.class);

        _assertNone(Section.class, spec -> spec.withId("home-first-steps"));
    }

    @Test
    void an_admin_does_not_get_the_first_steps_even_with_an_empty_profile() {
        login(testMembers.ensure(
                TestMarkers.word("fa") + "@example.org", "Ada", "Admin", Set.of(Roles.MEMBER, Roles.ADMIN), Set.of()));
        navigate(MemberHomeView.class);

        _assertNone(Section.class, spec -> spec.withId("home-first-steps"));
    }

    @Test
    void a_member_with_a_contact_does_not_get_the_first_steps() {
        LoginAccount contact = testMembers.withProfile(
                TestMarkers.word("fc") + "@example.org",
                profile("Kai", "Kontakt").build());
        long request = Acting.as(contact, () -> requests.send(newcomer.memberId(), firstContact()))
                .id();
        Acting.run(newcomer, () -> requests.accept(request));

        login(newcomer);
        navigate(MemberHomeView.class);

        _assertNone(Section.class, spec -> spec.withId("home-first-steps"));
    }

    private Section panel() {
        return _get(Section.class, spec -> spec.withId("home-first-steps"));
    }

    /** The ids of the steps still listed, in order. */
    private List<String> steps() {
        return _find(panel(), ListItem.class).stream()
                .map(item -> item.getId().orElse(""))
                .toList();
    }
}
