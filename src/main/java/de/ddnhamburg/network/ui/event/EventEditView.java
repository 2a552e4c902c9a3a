package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.event.EventDraft;
import de.ddnhamburg.network.domain.event.EventEdit;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.EventStatus;
import de.ddnhamburg.network.domain.event.MyEventOrganisingService;
import de.ddnhamburg.network.domain.member.TopicService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.NamedTitle;
import de.ddnhamburg.network.ui.components.Notices;
import de.ddnhamburg.network.ui.components.RecordRoute;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The organiser's page of one event: change it, publish it, copy it, cancel it. An event the
 * caller may see but not organise is refused, one they may not see does not exist; the services
 * decide both.
 */
@Route(value = RoutePaths.EVENT_EDIT, layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class EventEditView extends Div implements BeforeEnterObserver, NamedTitle {

    public static final String ID = "id";

    private final EventService events;
    private final MyEventOrganisingService organising;
    private final TopicService topics;
    private final Span status = new Span();
    // New at each visit: "copy" opens the copy in this same instance, whose old buttons would
    // still carry the listeners of the first form.
    private Button save = new Button();
    private Button publish = new Button();
    private Button cancelEvent = new Button();
    private @Nullable EventEdit loaded;
    private String title = "";

    public EventEditView(EventService events, MyEventOrganisingService organising, TopicService topics) {
        this.events = events;
        this.organising = organising;
        this.topics = topics;
        addClassName("event-edit-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!RecordRoute.open(event, ID, id -> loaded = events.edit(id))) {
            return;
        }
        title = current().draft().title();
        removeAll();
        save = new Button();
        publish = new Button();
        cancelEvent = new Button();
        EventForm form = new EventForm(topics.findAll(getLocale()), organising.organiserChoices());
        form.fill(current().draft());
        status.setId("event-edit-status");
        save.setText(getTranslation("event.edit.save"));
        save.addClickListener(click -> save(form));
        save.setId("event-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setText(getTranslation("event.edit.publish"));
        publish.setId("event-publish");
        publish.addClickListener(
                click -> act(form, () -> events.publish(current().id()), "event.edit.published"));
        Button duplicate = new Button(getTranslation("event.edit.duplicate"), click -> duplicate());
        duplicate.setId("event-duplicate");
        cancelEvent.setText(getTranslation("event.edit.cancelEvent"));
        cancelEvent.setId("event-cancel-event");
        cancelEvent.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancelEvent.addClickListener(click -> Confirmation.ask(
                this,
                "event-cancel-dialog",
                "event.edit.confirmCancel.",
                current().draft().title(),
                () -> act(form, () -> events.cancel(current().id()), "event.edit.cancelled")));
        RouterLink page = new RouterLink(
                getTranslation("event.edit.toPage"),
                EventView.class,
                new RouteParameters(EventView.ID, String.valueOf(current().id())));
        page.setId("event-edit-page-link");
        Div buttons = new Div(save, publish, duplicate, cancelEvent);
        buttons.addClassName("button-row");
        add(new H1(getTranslation("event.edit.editTitle")), status, page, form, buttons);
        showStatus();
    }

    private void save(EventForm form) {
        Optional<EventDraft> draft = form.read();
        if (draft.isEmpty()) {
            return;
        }
        try {
            loaded = events.update(current().id(), current().version(), draft.get());
            title = current().draft().title();
            Notices.success("event.edit.saved");
        } catch (DomainException refusal) {
            form.show(refusal);
        }
    }

    /** Publishing or cancelling; the form keeps what was typed, only version and status are reloaded. */
    private void act(EventForm form, Runnable action, String doneKey) {
        try {
            action.run();
            EventEdit reloaded = events.edit(current().id());
            loaded = new EventEdit(
                    reloaded.id(),
                    reloaded.version(),
                    reloaded.status(),
                    current().draft());
            Notices.success(doneKey);
            showStatus();
        } catch (DomainException refusal) {
            form.show(refusal);
        }
    }

    private void duplicate() {
        long copy = events.duplicate(current().id());
        Notices.success("event.edit.duplicated");
        UI.getCurrent().navigate(EventEditView.class, new RouteParameters(ID, String.valueOf(copy)));
    }

    private EventEdit current() {
        return java.util.Objects.requireNonNull(loaded, "loaded before entering");
    }

    private void showStatus() {
        status.setText(getTranslation("event.status." + current().status().name()));
        publish.setVisible(current().status() == EventStatus.DRAFT);
        cancelEvent.setVisible(current().status() != EventStatus.CANCELLED);
        // A cancelled event stays as it was announced; the service refuses changes too.
        save.setVisible(current().status() != EventStatus.CANCELLED);
    }

    @Override
    public String titleName() {
        return title;
    }
}
