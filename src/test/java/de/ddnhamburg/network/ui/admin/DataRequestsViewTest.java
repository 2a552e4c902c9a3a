package de.ddnhamburg.network.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.GuestRegistrationRequest;
import de.ddnhamburg.network.domain.event.GuestRegistrationService;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The admins' page for data requests: look up an address, download, erase a guest after asking. */
class DataRequestsViewTest extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    GuestRegistrationService guests;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_finds_a_guest_offers_the_download_and_erases_only_after_confirming() {
        String guest = Contacts.uniqueEmail("gast");
        long eventId = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, 5, null)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), true));
        SecurityTestSupport.signOut();
        guests.register(
                eventId,
                new GuestRegistrationRequest("Gustav Gast", guest, null, SeatKind.IN_PERSON, true, Locale.GERMAN));
        loginAsAdmin();
        navigate(DataRequestsView.class);

        FieldInput.setValueAsUser(_get(EmailField.class, spec -> spec.withId("request-email")), " " + guest + " ");
        _click(_get(Button.class, spec -> spec.withId("request-find")));

        assertThat(_get(Div.class, spec -> spec.withId("request-result"))
                        .getElement()
                        .getTextRecursively())
                .contains("Kein Mitgliedskonto");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("guest-records"))
                        .getElement()
                        .getTextRecursively())
                .contains("1 Veranstaltungsanmeldung");
        assertThat(_get(Anchor.class, spec -> spec.withId("guest-export")).getText())
                .isEqualTo("Daten des Gastes herunterladen (JSON)");
        _assertNone(Anchor.class, spec -> spec.withId("member-export"));

        _click(_get(Button.class, spec -> spec.withId("guest-erase")));
        assertThat(guestRows(guest))
                .as("nothing happens before the confirmation")
                .isOne();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-guest-erase")));

        expectNotifications("Die Gastdaten sind gelöscht (2 Einträge).");
        assertThat(guestRows(guest)).isZero();
        assertThat(_get(Div.class, spec -> spec.withId("request-result"))
                        .getElement()
                        .getTextRecursively())
                .contains("Als Gast ist unter dieser Adresse nichts gespeichert.");
    }

    @Test
    void a_member_address_offers_the_members_export_and_no_erasure_of_the_account() {
        loginAsAdmin();
        navigate(DataRequestsView.class);

        FieldInput.setValueAsUser(
                _get(EmailField.class, spec -> spec.withId("request-email")),
                testMembers.member().email());
        _click(_get(Button.class, spec -> spec.withId("request-find")));

        assertThat(_get(Anchor.class, spec -> spec.withId("member-export")).getText())
                .isEqualTo("Daten des Mitglieds herunterladen (JSON)");
        _assertNone(Button.class, spec -> spec.withId("guest-erase"));
    }

    @Test
    void a_wrong_address_is_marked_at_the_field() {
        loginAsAdmin();
        navigate(DataRequestsView.class);
        EmailField email = _get(EmailField.class, spec -> spec.withId("request-email"));

        FieldInput.setValueAsUser(email, "kein-at-zeichen");
        _click(_get(Button.class, spec -> spec.withId("request-find")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isNotBlank();
    }

    @Test
    void a_member_is_refused() {
        loginAsMember();
        navigate(DataRequestsView.class);

        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    }

    private long guestRows(String email) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from event_registration where guest_email = ?", Long.class, email));
    }
}
