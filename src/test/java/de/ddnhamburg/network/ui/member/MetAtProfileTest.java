package de.ddnhamburg.network.ui.member;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.Contacts.firstContact;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.event.EventDraft;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventParticipationService;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
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

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_contact_made_at_an_event_remembers_it_and_the_event_is_shared() {
        EventDraft draft = Events.draft(clock, EventFormat.IN_PERSON, 10, null);
        long eventId = Events.published(testMembers, events, draft);
        LoginAccount me = registered(eventId, "Ida", true);
        LoginAccount anna = registered(eventId, "Anna", true);
        LoginAccount quiet = registered(eventId, "Otto", false);
        clock.set(draft.endsAt().plus(Duration.ofHours(1)));
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
                .isEqualTo("Kennengelernt bei " + draft.title());
        assertThat(_get(Div.class, spec -> spec.withId("shared-events"))
                        .getElement()
                        .getTextRecursively())
                .contains(draft.title());

        login(quiet);
        navigate("mitglieder/" + anna.memberId());
        _assertNone(Paragraph.class, spec -> spec.withId("profile-met-at"));
        assertThat(_get(Div.class, spec -> spec.withId("shared-events"))
                        .getElement()
                        .getTextRecursively())
                .contains(draft.title());

        login(anna);
        navigate("mitglieder/" + quiet.memberId());
        _assertNone(Div.class, spec -> spec.withId("shared-events"));
    }

    private LoginAccount registered(long eventId, String firstName, boolean shown) {
        LoginAccount account = Groups.member(testMembers, firstName, "Kennengelernt");
        Acting.run(account, () -> {
            registrations.register(eventId, SeatKind.IN_PERSON);
            participation.showMe(eventId, shown);
        });
        return account;
    }
}
