package de.ddnhamburg.network.ui.event;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.error.NotFoundView;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The event page as guests see it, and the guest form as members, moderators and admins do not. */
class GuestRegistrationFormTest extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_guest_sees_the_event_and_registers_after_fixing_the_address_and_giving_consent() {
        long id = guestEvent(EventFormat.HYBRID, true);
        navigate("veranstaltungen/" + id);

        assertThat(currentView()).isInstanceOf(EventView.class);
        assertThat(_get(Div.class, spec -> spec.withId("event-seats"))
                        .getElement()
                        .getTextRecursively())
                .contains("Plätze vor Ort: 4 von 4 frei");
        _assertNone(Button.class, spec -> spec.withId("event-register-in-person"));
        _assertNone(Anchor.class, spec -> spec.withId("event-online-link"));
        // Participants show themselves to members, not to the public; a guest has nothing in common.
        _assertNone(com.vaadin.flow.component.Component.class, spec -> spec.withId("event-participants"));
        _assertNone(com.vaadin.flow.component.Component.class, spec -> spec.withId("event-also-coming"));

        String email = Contacts.uniqueEmail("formgast");
        TextField name = _get(TextField.class, spec -> spec.withId("guest-name"));
        EmailField address = _get(EmailField.class, spec -> spec.withId("guest-email"));
        Checkbox consent = _get(Checkbox.class, spec -> spec.withId("guest-consent"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<SeatKind> seat = _get(RadioButtonGroup.class, spec -> spec.withId("guest-seat"));
        FieldInput.setValueAsUser(name, "Greta Gast");
        FieldInput.setValueAsUser(address, "greta-at-example.org");
        FieldInput.setValueAsUser(seat, SeatKind.ONLINE);
        _click(_get(Button.class, spec -> spec.withId("guest-submit")));

        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).isEqualTo("Bitte geben Sie eine gültige E-Mail-Adresse ein.");
        assertThat(consent.isInvalid()).isTrue();
        assertThat(consent.getErrorMessage()).contains("Datenschutzhinweis");
        assertThat(name.getValue()).as("what was typed stays").isEqualTo("Greta Gast");
        assertThat(_get(Button.class, spec -> spec.withId("guest-submit")).isEnabled())
                .isTrue();

        FieldInput.setValueAsUser(address, email);
        FieldInput.setValueAsUser(consent, true);
        _click(_get(Button.class, spec -> spec.withId("guest-submit")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("guest-done")).getText())
                .startsWith("Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail")
                .contains(email);
        assertThat(new GuestMailbox(jdbc).to(email)).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select seat_kind from event_registration where guest_email = ?", String.class, email))
                .isEqualTo("ONLINE");
    }

    @Test
    void a_guest_is_invited_to_log_in_where_the_event_takes_no_guests() {
        long id = guestEvent(EventFormat.IN_PERSON, false);
        navigate("veranstaltungen/" + id);

        assertThat(_get(Paragraph.class, spec -> spec.withId("guest-members-only"))
                        .getText())
                .isEqualTo("Melden Sie sich an, um teilzunehmen.");
        _get(RouterLink.class, spec -> spec.withId("guest-login-link"));
        _get(RouterLink.class, spec -> spec.withId("guest-join-link"));
        _assertNone(Button.class, spec -> spec.withId("guest-submit"));
        _assertNone(Button.class, spec -> spec.withId("event-register-in-person"));
    }

    @Test
    void a_guest_does_not_see_members_or_group_events() {
        long membersEvent = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 5, null));
        long group = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        long groupEvent = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, 5, null)
                        .withAudience(EventAudience.GROUP_MEMBERS, group, Set.of(), false));

        navigate("veranstaltungen/" + membersEvent);
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        navigate("veranstaltungen/" + groupEvent);
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void members_moderators_and_admins_see_their_own_buttons_and_no_guest_form() {
        long id = guestEvent(EventFormat.IN_PERSON, true);
        LoginAccount moderator = Groups.member(testMembers, "Mona", "Moderatorin");
        Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        for (LoginAccount account : new LoginAccount[] {testMembers.member(), moderator, testMembers.admin()}) {
            login(account);
            navigate("veranstaltungen/" + id);
            _get(Button.class, spec -> spec.withId("event-register-in-person"));
            _assertNone(Div.class, spec -> spec.withId("guest-registration"));
            _assertNone(TextField.class, spec -> spec.withId("guest-name"));
        }
    }

    private long guestEvent(EventFormat format, boolean guestsAllowed) {
        return Events.published(
                testMembers,
                events,
                Events.draft(clock, format, 4, format == EventFormat.IN_PERSON ? null : 4)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), guestsAllowed));
    }
}
