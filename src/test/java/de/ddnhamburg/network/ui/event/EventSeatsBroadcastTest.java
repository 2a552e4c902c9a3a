package de.ddnhamburg.network.ui.event;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.event.SeatsChanged;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seats on an open event page follow changes made in other sessions: the broadcaster on its own,
 * and the page it updates through {@code UI.access} (run by Karibu's UI queue, as push would).
 */
class EventSeatsBroadcastTest extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    SeatsBroadcaster broadcaster;

    @Autowired
    MutableClock clock;

    @Test
    void the_broadcaster_tells_only_the_listeners_of_that_event_until_they_leave() {
        SeatsBroadcaster direct = new SeatsBroadcaster(Runnable::run);
        List<Long> heard = new ArrayList<>();
        Registration first = direct.register(1L, change -> heard.add(change.eventId()));
        direct.register(2L, change -> heard.add(-change.eventId()));

        direct.seatsChanged(new SeatsChanged(1L));
        first.remove();
        direct.seatsChanged(new SeatsChanged(1L));

        assertThat(heard).containsExactly(1L);
        assertThat(direct.listening(1L)).isZero();
        assertThat(direct.listening(2L)).isOne();
    }

    @Test
    void a_registration_in_another_session_updates_the_open_page_and_leaving_stops_listening() {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 2, null));
        LoginAccount other = Groups.member(testMembers, "Olga", "Andere");
        loginAsMember();
        navigate("veranstaltungen/" + eventId);
        assertThat(seats()).contains("Plätze vor Ort: 2 von 2 frei");
        assertThat(broadcaster.listening(eventId)).isOne();
        // Announced by screen readers when it changes, without interrupting them.
        var region = _get(Div.class, spec -> spec.withId("event-seats")).getElement();
        assertThat(region.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(region.getAttribute("role")).isEqualTo("status");

        Acting.run(other, () -> registrations.register(eventId, SeatKind.IN_PERSON));

        awaitOnPage(this::seats, "Plätze vor Ort: 1 von 2 frei");
        navigate("veranstaltungen");
        assertThat(broadcaster.listening(eventId)).isZero();
    }

    @Test
    void my_waiting_position_moves_up_while_the_page_is_open() {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 1, null));
        LoginAccount seated = Groups.member(testMembers, "Sina", "Sitzend");
        LoginAccount first = Groups.member(testMembers, "Fritz", "Erstwartend");
        LoginAccount me = Groups.member(testMembers, "Ich", "Zweitwartend");
        for (LoginAccount account : new LoginAccount[] {seated, first, me}) {
            Acting.run(account, () -> registrations.register(eventId, SeatKind.IN_PERSON));
        }
        login(me);
        navigate("veranstaltungen/" + eventId);
        assertThat(position()).isEqualTo("Ihre Position auf der Warteliste (vor Ort): 2");

        long firstRegistration = Acting.as(first, () -> registrations.mine(eventId))
                .orElseThrow()
                .id();
        Acting.run(first, () -> registrations.cancel(firstRegistration));

        awaitOnPage(this::position, "Ihre Position auf der Warteliste (vor Ort): 1");
    }

    private String seats() {
        return _get(Div.class, spec -> spec.withId("event-seats")).getElement().getTextRecursively();
    }

    private String position() {
        return _get(Paragraph.class, spec -> spec.withId("event-live-position")).getText();
    }

    /** The broadcaster tells pages on its own thread; Karibu runs the queued UI.access tasks here. */
    private static void awaitOnPage(Supplier<String> text, String expected) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (!text.get().contains(expected) && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            MockVaadin.runUIQueue();
        }
        assertThat(text.get()).contains(expected);
    }
}
