package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.event.EventDraft;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.MyEventOrganisingService;
import de.ddnhamburg.network.domain.member.TopicService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.Notices;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * A new event, saved as a draft; publishing and the rest follow on its edit page. Only for
 * organisers (admins, group moderators); the service checks the chosen group again.
 */
@Route(value = RoutePaths.EVENT_NEW, layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class EventCreateView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final EventService events;
    private final MyEventOrganisingService organising;
    private final TopicService topics;

    public EventCreateView(EventService events, MyEventOrganisingService organising, TopicService topics) {
        this.events = events;
        this.organising = organising;
        this.topics = topics;
        addClassName("event-edit-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!organising.mayCreate()) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        removeAll();
        EventForm form = new EventForm(topics.findAll(getLocale()), organising.organiserChoices());
        form.fill(null);
        Button save = new Button(getTranslation("event.edit.saveDraft"), click -> save(form));
        save.setId("event-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("event.edit.createTitle")), form, new Div(save));
    }

    private void save(EventForm form) {
        Optional<EventDraft> draft = form.read();
        if (draft.isEmpty()) {
            return;
        }
        try {
            long id = events.create(draft.get());
            Notices.success("event.edit.created");
            UI.getCurrent().navigate(EventEditView.class, new RouteParameters(EventEditView.ID, String.valueOf(id)));
        } catch (DomainException refusal) {
            form.show(refusal);
        }
    }

    @Override
    public String titleKey() {
        return "event.edit.createTitle";
    }
}
