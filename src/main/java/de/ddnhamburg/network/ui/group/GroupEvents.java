package de.ddnhamburg.network.ui.group;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.event.CalendarEntry;
import de.ddnhamburg.network.domain.event.CalendarFilter;
import de.ddnhamburg.network.domain.event.CalendarPage;
import de.ddnhamburg.network.domain.event.CalendarQuery;
import de.ddnhamburg.network.domain.event.EventListingService;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.event.EventView;
import de.ddnhamburg.network.ui.event.EventsView;

/**
 * The group's next events on its page, as far as the reader may see them (the listing service
 * applies the events' audience), with a link to all of them in the calendar.
 */
class GroupEvents extends Section {

    static final int SHOWN = 5;

    GroupEvents(EventListingService events, long groupId) {
        setId("group-events");
        addClassNames("card", "group-people");
        add(new H2(getTranslation("group.page.events")));
        CalendarPage page = events.find(
                CalendarQuery.from(events.today(), new CalendarFilter(null, null, null, groupId, false), SHOWN));
        for (CalendarEntry entry : page.entries()) {
            RouterLink title = new RouterLink(
                    entry.title(), EventView.class, new RouteParameters(EventView.ID, String.valueOf(entry.id())));
            Span when = new Span(DateTimeFormat.appointment(entry.startsAt(), getLocale()));
            when.addClassName("group-event-when");
            Div row = new Div(when, title);
            row.addClassName("group-event");
            row.setId("group-event-" + entry.id());
            add(row);
        }
        if (page.entries().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("group.page.noEvents"));
            none.addClassName("empty-state-text");
            add(none);
        } else {
            Anchor all = new Anchor(EventsView.groupEventsLocation(groupId), getTranslation("group.page.allEvents"));
            all.setId("group-events-all");
            add(all);
        }
    }
}
