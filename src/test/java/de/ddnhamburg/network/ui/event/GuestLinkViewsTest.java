package de.ddnhamburg.network.ui.event;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.GuestRegistrationRequest;
import de.ddnhamburg.network.domain.event.GuestRegistrationService;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pages the links in guests' mails lead to: valid, used and unknown links. */
class GuestLinkViewsTest extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    GuestRegistrationService guests;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_confirmation_link_confirms_on_a_click_and_only_once() {
        String email = registeredGuest(1);
        String token = GuestMailbox.confirmToken(new GuestMailbox(jdbc).last(email));

        navigate("veranstaltungen/gast/bestaetigen?token=" + token);
        assertThat(currentView()).isInstanceOf(GuestConfirmView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("guest-link-lead")).getText())
                .contains("Gastrunde");
        _assertNone(Paragraph.class, spec -> spec.withId("guest-link-done"));
        _click(_get(Button.class, spec -> spec.withId("guest-link-action")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("guest-link-done")).getText())
                .startsWith("Ihre Anmeldung ist bestätigt: Sie haben einen Platz (vor Ort).");
        _get(RouterLink.class, spec -> spec.withId("guest-event-link"));

        navigate("veranstaltungen/gast/bestaetigen?token=" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("guest-link-problem"))
                        .getText())
                .isEqualTo("Dieser Link wurde schon verwendet oder durch einen neueren Link ersetzt.");
        _assertNone(Button.class, spec -> spec.withId("guest-link-action"));
    }

    @Test
    void a_guest_on_the_waiting_list_is_told_the_position() {
        String first = registeredGuest(1);
        String second = Contacts.uniqueEmail("zweitgast");
        long eventId = Objects.requireNonNull(jdbc.queryForObject(
                "select event_id from event_registration where guest_email = ?", Long.class, first));
        guests.register(eventId, new GuestRegistrationRequest("Zora Zweit", second, null, null, true, Locale.GERMAN));
        navigate("veranstaltungen/gast/bestaetigen?token="
                + GuestMailbox.confirmToken(new GuestMailbox(jdbc).last(second)));
        _click(_get(Button.class, spec -> spec.withId("guest-link-action")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("guest-link-done")).getText())
                .contains("Warteliste an Position 1");
    }

    @Test
    void unknown_or_missing_links_get_a_clear_message_and_nothing_else() {
        navigate("veranstaltungen/gast/bestaetigen?token=" + "a".repeat(43));
        assertThat(_get(Paragraph.class, spec -> spec.withId("guest-link-problem"))
                        .getText())
                .startsWith("Dieser Link ist ungültig.");
        navigate("veranstaltungen/gast/abmelden");
        assertThat(currentView()).isInstanceOf(GuestCancelView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("guest-link-problem"))
                        .getText())
                .startsWith("Dieser Link ist ungültig.");
        _assertNone(Button.class, spec -> spec.withId("guest-link-action"));
    }

    @Test
    void the_cancel_link_cancels_on_a_click_then_reports_it_was_used() {
        String email = registeredGuest(3);
        GuestMailbox mailbox = new GuestMailbox(jdbc);
        guests.confirm(GuestMailbox.confirmToken(mailbox.last(email)));
        String cancel = GuestMailbox.cancelToken(mailbox.last(email));

        navigate("veranstaltungen/gast/abmelden?token=" + cancel);
        assertThat(_get(Paragraph.class, spec -> spec.withId("guest-link-lead")).getText())
                .contains("Gastrunde");
        _click(_get(Button.class, spec -> spec.withId("guest-link-action")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("guest-link-done")).getText())
                .startsWith("Sie sind abgemeldet.");
        assertThat(jdbc.queryForObject(
                        "select status from event_registration where guest_email = ?", String.class, email))
                .isEqualTo("CANCELLED");

        navigate("veranstaltungen/gast/abmelden?token=" + cancel);
        assertThat(_get(Paragraph.class, spec -> spec.withId("guest-link-problem"))
                        .getText())
                .isEqualTo("Dieser Link wurde schon verwendet oder durch einen neueren Link ersetzt.");
    }

    @Test
    void a_guest_with_a_confirmed_online_seat_finds_the_access_link_on_the_pages_of_the_links() {
        long eventId = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.HYBRID, 1, 1).withAudience(EventAudience.PUBLIC, null, Set.of(), true));
        GuestMailbox mailbox = new GuestMailbox(jdbc);
        String email = Contacts.uniqueEmail("onlinegast");
        guests.register(
                eventId,
                new GuestRegistrationRequest("Olga Online", email, null, SeatKind.ONLINE, true, Locale.GERMAN));

        navigate("veranstaltungen/gast/bestaetigen?token=" + GuestMailbox.confirmToken(mailbox.last(email)));
        _assertNone(Anchor.class, spec -> spec.withId("guest-online-link"));
        _click(_get(Button.class, spec -> spec.withId("guest-link-action")));
        Anchor afterConfirming = _get(Anchor.class, spec -> spec.withId("guest-online-link"));
        assertThat(afterConfirming.getHref()).isEqualTo("https://meet.example.org/runde");
        assertThat(afterConfirming.getText()).isEqualTo("Zur Online-Teilnahme");

        // The cancel link works until the event starts: its page is where the guest finds the way in.
        String cancel = GuestMailbox.cancelToken(mailbox.last(email));
        navigate("veranstaltungen/gast/abmelden?token=" + cancel);
        assertThat(_get(Anchor.class, spec -> spec.withId("guest-online-link")).getHref())
                .isEqualTo("https://meet.example.org/runde");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("veranstaltungen");
        navigate("veranstaltungen/gast/abmelden?token=" + cancel);
        assertThat(_get(Anchor.class, spec -> spec.withId("guest-online-link")).getText())
                .isEqualTo("Join online");
        _click(_get(Button.class, spec -> spec.withId("guest-link-action")));
        _assertNone(Anchor.class, spec -> spec.withId("guest-online-link"));
    }

    @Test
    void guests_waiting_for_an_online_seat_or_with_an_in_person_seat_get_no_access_link() {
        long eventId = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.HYBRID, 1, 1).withAudience(EventAudience.PUBLIC, null, Set.of(), true));
        GuestMailbox mailbox = new GuestMailbox(jdbc);
        String seated = Contacts.uniqueEmail("erstgast");
        guests.register(
                eventId, new GuestRegistrationRequest("Erna Erst", seated, null, SeatKind.ONLINE, true, Locale.GERMAN));
        for (SeatKind kind : new SeatKind[] {SeatKind.ONLINE, SeatKind.IN_PERSON}) {
            String email = Contacts.uniqueEmail("ohnelink");
            guests.register(eventId, new GuestRegistrationRequest("Otto Ohne", email, null, kind, true, Locale.GERMAN));
            navigate("veranstaltungen/gast/bestaetigen?token=" + GuestMailbox.confirmToken(mailbox.last(email)));
            _click(_get(Button.class, spec -> spec.withId("guest-link-action")));
            _get(Paragraph.class, spec -> spec.withId("guest-link-done"));
            _assertNone(Anchor.class, spec -> spec.withId("guest-online-link"));
            navigate("veranstaltungen/gast/abmelden?token=" + GuestMailbox.cancelToken(mailbox.last(email)));
            _get(Button.class, spec -> spec.withId("guest-link-action"));
            _assertNone(Anchor.class, spec -> spec.withId("guest-online-link"));
        }
    }

    /** A guest registered for a new public event with that many in-person seats; returns the address. */
    private String registeredGuest(int seats) {
        var draft = Events.draft(clock, EventFormat.IN_PERSON, seats, null);
        long eventId = Events.published(
                testMembers,
                events,
                new de.ddnhamburg.network.domain.event.EventDraft(
                                "Gastrunde " + draft.title(),
                                draft.type(),
                                draft.description(),
                                draft.startsAt(),
                                draft.endsAt(),
                                draft.format(),
                                draft.venue(),
                                draft.onlineLink(),
                                seats,
                                null,
                                draft.registrationOpensAt(),
                                null)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), true));
        String email = Contacts.uniqueEmail("linkgast");
        guests.register(eventId, new GuestRegistrationRequest("Lina Link", email, null, null, true, Locale.GERMAN));
        return email;
    }
}
