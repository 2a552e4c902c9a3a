package de.ddnhamburg.network.ui.event;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.event.EventDraft;
import de.ddnhamburg.network.domain.event.EventParticipationService;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.Participants;
import de.ddnhamburg.network.ui.account.LoginView;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Wen habe ich getroffen?": what a participant sees after the event, and what others do not. */
class PeopleMetViewTest extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    EventParticipationService participation;

    @Autowired
    ContactRequestService contactRequests;

    @Autowired
    MutableClock clock;

    private long eventId;
    private EventDraft draft;
    private LoginAccount me;
    private LoginAccount anna;
    private LoginAccount quiet;

    @BeforeEach
    void anEventThatIsOver() {
        Participants participants = new Participants(testMembers, registrations, participation);
        Events.Published meeting = Events.meeting(testMembers, events, clock);
        eventId = meeting.id();
        draft = meeting.draft();
        me = participants.registered(eventId, "Ida", "Getroffen", true);
        anna = participants.registered(eventId, "Anna", "Getroffen", true);
        quiet = participants.registered(eventId, "Otto", "Getroffen", false);
        clock.set(meeting.afterEnd(Duration.ofHours(3)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_participant_sees_who_opted_in_and_sends_a_thank_you_naming_the_event() {
        login(me);
        navigate("veranstaltungen/" + eventId);
        navigate(_get(RouterLink.class, spec -> spec.withId("event-people-met-link"))
                .getHref());

        assertThat(currentView()).isInstanceOf(PeopleMetView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("people-met-lead")).getText())
                .contains(draft.title());
        _get(Div.class, spec -> spec.withId("person-met-" + anna.memberId()));
        _assertNone(Div.class, spec -> spec.withId("person-met-" + quiet.memberId()));
        _assertNone(Div.class, spec -> spec.withId("person-met-" + me.memberId()));

        _click(_get(Button.class, spec -> spec.withId("thank-" + anna.memberId())));

        _get(Dialog.class, spec -> spec.withId("contact-request-dialog"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("contact-dialog-met-at"))
                        .getText())
                .contains(draft.title());
        assertThat(_get(TextArea.class, spec -> spec.withId("contact-why")).getValue())
                .startsWith("Vielen Dank für das Gespräch bei „" + draft.title());
        assertThat(_get(TextArea.class, spec -> spec.withId("contact-next")).getValue())
                .isNotBlank();

        _click(_get(Button.class, spec -> spec.withId("send-contact-request")));

        assertThat(_get(Span.class, spec -> spec.withId("person-met-state-" + anna.memberId()))
                        .getText())
                .isEqualTo("Anfrage gesendet");
        _assertNone(Button.class, spec -> spec.withId("thank-" + anna.memberId()));
    }

    @Test
    void a_member_who_was_not_there_sees_nobody_and_no_link() {
        LoginAccount stranger = Groups.member(testMembers, "Sina", "Fremd");
        login(stranger);
        navigate("veranstaltungen/" + eventId);
        _assertNone(RouterLink.class, spec -> spec.withId("event-people-met-link"));

        navigate("veranstaltungen/" + eventId + "/getroffen");

        assertThat(_get(Paragraph.class, spec -> spec.withId("people-met-unavailable"))
                        .getText())
                .isEqualTo("Hier sehen Teilnehmende nach einer Veranstaltung, wen sie dort getroffen haben.");
        _assertNone(Div.class, spec -> spec.withId("people-met-list"));
        _assertNone(Div.class, spec -> spec.withId("person-met-" + anna.memberId()));
    }

    @Test
    void before_the_event_is_over_there_is_nothing_to_look_back_on() {
        clock.set(draft.startsAt().minus(Duration.ofHours(1)));
        login(me);
        navigate("veranstaltungen/" + eventId);
        _assertNone(RouterLink.class, spec -> spec.withId("event-people-met-link"));

        navigate("veranstaltungen/" + eventId + "/getroffen");

        assertThat(_get(Paragraph.class, spec -> spec.withId("people-met-unavailable"))
                        .getText())
                .startsWith("Diese Veranstaltung ist noch nicht vorbei.");
        _assertNone(Div.class, spec -> spec.withId("person-met-" + anna.memberId()));
    }

    @Test
    void guests_are_sent_to_the_login() {
        navigate("veranstaltungen/" + eventId + "/getroffen");

        assertThat(currentView()).isInstanceOf(LoginView.class);
        _assertNone(Div.class, spec -> spec.withId("people-met-list"));
    }
}
