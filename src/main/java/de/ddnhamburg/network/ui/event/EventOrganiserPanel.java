package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.event.EventCard;
import de.ddnhamburg.network.domain.event.MyEventOrganisingService;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import java.util.List;

/**
 * On the events list, for organisers only (admins, group moderators): "Veranstaltung anlegen" and
 * the drafts they may edit, so that an unpublished event can be found again. Empty for everyone else.
 */
class EventOrganiserPanel extends Div {

    EventOrganiserPanel(MyEventOrganisingService organising) {
        setId("event-organiser-panel");
        if (!organising.mayCreate()) {
            setVisible(false);
            return;
        }
        Button create = new Button(
                getTranslation("event.edit.create"), click -> UI.getCurrent().navigate(EventCreateView.class));
        create.setId("event-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create);
        List<EventCard> drafts = organising.drafts();
        if (!drafts.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("event-drafts");
            for (EventCard draft : drafts) {
                RouterLink link = new RouterLink(
                        draft.title(),
                        EventEditView.class,
                        new RouteParameters(EventEditView.ID, String.valueOf(draft.id())));
                link.setId("event-draft-" + draft.id());
                list.add(new ListItem(
                        link,
                        new com.vaadin.flow.component.html.Span(
                                " – " + DateTimeFormat.appointment(draft.startsAt(), getLocale()))));
            }
            add(new H2(getTranslation("event.edit.drafts")), list);
        }
    }
}
