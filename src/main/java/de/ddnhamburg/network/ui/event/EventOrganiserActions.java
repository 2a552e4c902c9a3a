package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.MyEventOrganisingService;
import de.ddnhamburg.network.ui.components.Notices;

/** "Bearbeiten" and "Duplizieren" on an event's page, for its organisers only; empty for everyone else. */
class EventOrganiserActions extends Div {

    EventOrganiserActions(MyEventOrganisingService organising, EventService editing, long eventId) {
        setId("event-organiser-actions");
        addClassName("button-row");
        if (!organising.mayOrganise(eventId)) {
            setVisible(false);
            return;
        }
        Button edit = new Button(
                getTranslation("event.edit.edit"),
                click -> UI.getCurrent()
                        .navigate(EventEditView.class, new RouteParameters(EventEditView.ID, String.valueOf(eventId))));
        edit.setId("event-edit");
        Button duplicate = new Button(getTranslation("event.edit.duplicate"), click -> {
            long copy = editing.duplicate(eventId);
            Notices.success("event.edit.duplicated");
            UI.getCurrent().navigate(EventEditView.class, new RouteParameters(EventEditView.ID, String.valueOf(copy)));
        });
        duplicate.setId("event-duplicate");
        add(edit, duplicate);
    }
}
