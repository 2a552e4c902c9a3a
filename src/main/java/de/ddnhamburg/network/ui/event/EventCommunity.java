package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.event.EventExtras;
import de.ddnhamburg.network.domain.event.EventParticipationService;

/** Below the registration: the map link, the organisers' link, the participant list and "Wer noch kommt". */
class EventCommunity extends Div {

    EventCommunity(EventParticipationService participation, long eventId) {
        setId("event-community");
        EventExtras extras = participation.extras(eventId, getLocale());
        if (extras.address() != null) {
            add(new Paragraph(new MapLink(extras.address())));
        }
        if (extras.mayOrganise()) {
            RouterLink organise = new RouterLink(
                    getTranslation("event.organiser.link"),
                    EventParticipantsView.class,
                    new RouteParameters(EventParticipantsView.ID, String.valueOf(eventId)));
            organise.setId("event-organise");
            add(new Paragraph(organise));
        }
        if (extras.forMember()) {
            add(new ParticipantsPanel(participation, extras), new AlsoComingPanel(extras));
        }
    }
}
