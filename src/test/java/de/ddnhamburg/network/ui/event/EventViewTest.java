package de.ddnhamburg.network.ui.event;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.RegistrationStatus;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EventViewTest extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    MutableClock clock;

    @Test
    void the_list_links_upcoming_events_and_a_member_takes_the_last_seat_then_the_next_waits() {
        long id = Events.published(testMembers, events, Events.draft(clock, EventFormat.HYBRID, 1, null));
        LoginAccount first = Groups.member(testMembers, "Erste", "Tester");
        LoginAccount second = Groups.member(testMembers, "Zweite", "Tester");

        login(first);
        navigate(EventsView.class);
        _get(Div.class, spec -> spec.withId("event-cards"));
        // Other tests' events may start at the same time and fill the first page: show more, as a
        // member would, until this one is listed (or no "more" button is left, which fails).
        while (_find(Div.class, spec -> spec.withId("event-card-" + id)).isEmpty()) {
            _click(_get(Button.class, spec -> spec.withId("calendar-more")));
        }

        navigate("veranstaltungen/" + id);
        assertThat(_get(Div.class, spec -> spec.withId("event-seats"))
                        .getElement()
                        .getTextRecursively())
                .contains("Plätze vor Ort: 1 von 1 frei", "Plätze online: unbegrenzt");
        _assertNone(Anchor.class, spec -> spec.withId("event-online-link"));
        _click(_get(Button.class, spec -> spec.withId("event-register-in-person")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("event-my-status")).getText())
                .isEqualTo("Sie sind angemeldet (vor Ort).");
        assertThat(_get(Div.class, spec -> spec.withId("event-seats"))
                        .getElement()
                        .getTextRecursively())
                .contains("Plätze vor Ort: 0 von 1 frei");

        login(second);
        navigate("veranstaltungen/" + id);
        _click(_get(Button.class, spec -> spec.withId("event-register-in-person")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("event-my-status")).getText())
                .contains("Warteliste an Position 1");

        // The first cancels in another session: the second now holds the seat.
        long firstRegistration =
                Acting.as(first, () -> registrations.mine(id)).orElseThrow().id();
        Acting.run(first, () -> registrations.cancel(firstRegistration));
        navigate("veranstaltungen/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("event-my-status")).getText())
                .isEqualTo("Sie sind angemeldet (vor Ort).");
        _click(_get(Button.class, spec -> spec.withId("event-cancel")));
        // Nothing happens before the member confirms.
        assertThat(Acting.as(second, () -> registrations.mine(id)).orElseThrow().status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(
                com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("confirm-event-cancel")));
        _get(Button.class, spec -> spec.withId("event-register-online"));
    }

    @Test
    void a_confirmed_online_participant_sees_the_link() {
        long id = Events.published(testMembers, events, Events.draft(clock, EventFormat.ONLINE, null, 3));
        LoginAccount member = Groups.member(testMembers, "Online", "Tester");
        Acting.run(member, () -> registrations.register(id, SeatKind.ONLINE));
        login(member);
        navigate("veranstaltungen/" + id);
        assertThat(_get(Anchor.class, spec -> spec.withId("event-online-link")).getHref())
                .isEqualTo("https://meet.example.org/runde");
    }
}
