package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.event.EventFollowUpService;

/** On the page of an event that is over, for a member who was there: "Wen habe ich getroffen?". */
class PeopleMetLink extends Paragraph {

    PeopleMetLink(EventFollowUpService followUps, long eventId) {
        setId("event-people-met");
        if (!followUps.mayLookBack(eventId)) {
            setVisible(false);
            return;
        }
        RouterLink link = new RouterLink(
                getTranslation("event.met.link"),
                PeopleMetView.class,
                new RouteParameters(PeopleMetView.ID, String.valueOf(eventId)));
        link.setId("event-people-met-link");
        link.addClassName("button-link");
        add(link);
    }
}
