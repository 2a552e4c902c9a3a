package de.ddnhamburg.network.ui.event;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.GuestRegistrationRequest;
import de.ddnhamburg.network.domain.event.GuestRegistrationService;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.FieldInput;
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

/**
 * "The page never tells whether an address is registered" for guests (issue 12, point 11): as
 * {@code PasswordResetViewsTest} compares the answers for a known and an unknown address, this
 * compares what a guest sees after submitting the form, and the seat figure of the public event
 * page afterwards, for addresses registered (confirmed or not) and new.
 */
class GuestAnswersTest extends KaribuTest {

    private static final String ADDRESS = "<Adresse>";

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
    void known_and_unknown_addresses_get_the_same_page_and_the_same_seat_figure() {
        long id = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, 5, null)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), true));
        GuestMailbox mailbox = new GuestMailbox(jdbc);
        String confirmed = Contacts.uniqueEmail("bekannt");
        guests.register(id, request(confirmed));
        guests.confirm(GuestMailbox.confirmToken(mailbox.last(confirmed)));
        String unconfirmed = Contacts.uniqueEmail("offen");
        guests.register(id, request(unconfirmed));
        String unknown = Contacts.uniqueEmail("neu");

        String figureBefore = seatFigure(id);
        String answerConfirmed = submit(id, confirmed);
        String figureAfterConfirmed = seatFigure(id);
        String answerUnconfirmed = submit(id, unconfirmed);
        String figureAfterUnconfirmed = seatFigure(id);
        String answerUnknown = submit(id, unknown);
        String figureAfterUnknown = seatFigure(id);

        assertThat(answerConfirmed)
                .isEqualTo(answerUnconfirmed)
                .isEqualTo(answerUnknown)
                .contains("Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail, die wir an " + ADDRESS
                        + " geschickt haben.");
        assertThat(figureBefore)
                .as("the confirmed guest counts, the unconfirmed hold does not")
                .contains("Plätze vor Ort: 4 von 5 frei");
        assertThat(figureAfterConfirmed)
                .isEqualTo(figureBefore)
                .isEqualTo(figureAfterUnconfirmed)
                .isEqualTo(figureAfterUnknown);
        // The new address does hold a seat: capacity counts it, the public figure does not.
        assertThat(jdbc.queryForObject("select in_person_taken from event where id = ?", Integer.class, id))
                .isEqualTo(3);

        // Once the new guest confirms the address, the seat is in the figure like any other.
        guests.confirm(GuestMailbox.confirmToken(mailbox.last(unknown)));
        assertThat(seatFigure(id)).contains("Plätze vor Ort: 3 von 5 frei");
    }

    /** The guest form sent with that address; what the guest sees then, with the typed address masked. */
    private String submit(long eventId, String email) {
        navigate("veranstaltungen");
        navigate("veranstaltungen/" + eventId);
        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("guest-name")), "Paula Probe");
        FieldInput.setValueAsUser(_get(EmailField.class, spec -> spec.withId("guest-email")), email);
        FieldInput.setValueAsUser(_get(Checkbox.class, spec -> spec.withId("guest-consent")), true);
        _click(_get(Button.class, spec -> spec.withId("guest-submit")));
        return _get(Div.class, spec -> spec.withId("guest-registration"))
                .getElement()
                .getTextRecursively()
                .replace(email, ADDRESS);
    }

    /** The seat figure of the public event page, opened afresh. */
    private String seatFigure(long eventId) {
        navigate("veranstaltungen");
        navigate("veranstaltungen/" + eventId);
        return Objects.requireNonNull(
                _get(Div.class, spec -> spec.withId("event-seats")).getElement().getTextRecursively());
    }

    private static GuestRegistrationRequest request(String email) {
        return new GuestRegistrationRequest("Paula Probe", email, null, null, true, Locale.GERMAN);
    }
}
