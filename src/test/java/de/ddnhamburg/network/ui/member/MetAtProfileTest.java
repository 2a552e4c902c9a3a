package de.ddnhamburg.network.ui.member;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.Contacts.firstContact;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.event.EventParticipationService;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.Participants;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On a profile: shared events in "Gemeinsamkeiten", and "kennengelernt bei …" for a contact made at an event. */
class MetAtProfileTest extends KaribuTest {

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

    Participants participants;

    @BeforeEach
    void participants() {
        participants = new Participants(testMembers, registrations, participation);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_contact_made_at_an_event_remembers_it_and_the_event_is_shared() {
        Events.Published meeting = Events.meeting(testMembers, events, clock);
        long eventId = meeting.id();
        LoginAccount me = participants.registered(eventId, "Ida", "Kennengelernt", true);
        LoginAccount anna = participants.registered(eventId, "Anna", "Kennengelernt", true);
        LoginAccount quiet = participants.registered(eventId, "Otto", "Kennengelernt", false);
        clock.set(meeting.afterEnd(Duration.ofHours(1)));
        long requestId = Acting.as(
                me,
                () -> contactRequests
                        .send(anna.memberId(), firstContact(), eventId)
                        .id());
        Acting.run(anna, () -> contactRequests.accept(requestId));

        login(anna);
        navigate("mitglieder/" + me.memberId());

        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-met-at"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Kennengelernt bei " + meeting.draft().title());
        assertThat(_get(Div.class, spec -> spec.withId("shared-events"))
                        .getElement()
                        .getTextRecursively())
                .contains(meeting.draft().title());

        login(quiet);
        navigate("mitglieder/" + anna.memberId());
        _assertNone(Paragraph.class, spec -> spec.withId("profile-met-at"));
        assertThat(_get(Div.class, spec -> spec.withId("shared-events"))
                        .getElement()
                        .getTextRecursively())
                .contains(meeting.draft().title());

        login(anna);
        navigate("mitglieder/" + quiet.memberId());
        _assertNone(Div.class, spec -> spec.withId("shared-events"));
    }
}
