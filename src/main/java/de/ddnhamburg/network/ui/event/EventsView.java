package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.event.CalendarFeedService;
import de.ddnhamburg.network.domain.event.EventCard;
import de.ddnhamburg.network.domain.event.EventEditService;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.Badges;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Upcoming published events, soonest first. */
@Route(value = RoutePaths.EVENTS, layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class EventsView extends Div implements HasDynamicTitle {

    public EventsView(EventRegistrationService events, EventEditService editing, CalendarFeedService feeds) {
        addClassName("events-view");
        Div cards = new Div();
        cards.setId("event-cards");
        cards.addClassName("group-cards");
        List<EventCard> upcoming = events.upcoming();
        if (upcoming.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("event.list.empty"));
            empty.setId("events-empty");
            empty.addClassName("empty-state");
            cards.add(empty);
        }
        upcoming.forEach(event -> cards.add(card(event)));
        add(new H1(getTranslation("event.list.title")), cards, new CalendarSubscription(feeds));
        addComponentAtIndex(1, new EventOrganiserPanel(editing));
    }

    private Component card(EventCard event) {
        RouterLink title = new RouterLink(event.title(), EventView.class,
                new RouteParameters(EventView.ID, String.valueOf(event.id())));
        Paragraph when = new Paragraph(DateTimeFormat.appointment(event.startsAt(), getLocale()));
        Div card = new Div(new H2(title), Badges.of(List.of(getTranslation("event.type." + event.type().name()),
                getTranslation("event.format." + event.format().name())), "contrast"), when);
        card.addClassNames("card", "group-card");
        card.setId("event-card-" + event.id());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.list.title") + " | " + getTranslation("app.name");
    }
}
