package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.Component;
import de.ddnhamburg.network.domain.event.EventFollowUpService;
import de.ddnhamburg.network.domain.event.EventPage;
import de.ddnhamburg.network.domain.event.EventParticipationService;
import de.ddnhamburg.network.domain.event.EventRegistrationService;

/**
 * Builds the extras of an event page, so that {@link EventView} inserts them with one line each:
 * the live seats, and below the registration the map link, the organisers' link, the participant
 * list with my opt-in, and "Wer noch kommt".
 */
@org.springframework.stereotype.Component
class EventPageExtras {

    private final EventRegistrationService registrations;
    private final EventParticipationService participation;
    private final SeatsBroadcaster broadcaster;
    private final EventFollowUpService followUps;

    EventPageExtras(
            EventRegistrationService registrations,
            EventParticipationService participation,
            SeatsBroadcaster broadcaster,
            EventFollowUpService followUps) {
        this.followUps = followUps;
        this.registrations = registrations;
        this.participation = participation;
        this.broadcaster = broadcaster;
    }

    /** The seats free per kind and my waiting position, updated while the page is open. */
    Component liveSeats(EventPage event, Runnable myRegistrationChanged) {
        return new LiveSeats(registrations, broadcaster, event, myRegistrationChanged);
    }

    /** Map link, organisers' link, participant list and "Wer noch kommt". */
    Component community(EventPage event) {
        return new EventCommunity(participation, event.id());
    }

    /** For a member who was there, once the event is over: the link to "Wen habe ich getroffen?". */
    Component peopleMet(EventPage event) {
        return new PeopleMetLink(followUps, event.id());
    }
}
