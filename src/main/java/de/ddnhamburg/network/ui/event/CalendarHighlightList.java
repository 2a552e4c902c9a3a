package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.event.CalendarHighlight;
import java.util.List;
import java.util.Locale;

/** What other features put into the calendar (the Fachkongress), above the events, linked to its page. */
class CalendarHighlightList extends Div {

    CalendarHighlightList(List<CalendarHighlight> highlights) {
        setId("calendar-highlights");
        addClassName("calendar-highlights");
        setVisible(!highlights.isEmpty());
        Locale locale = EventEntries.locale();
        for (CalendarHighlight highlight : highlights) {
            Anchor link = new Anchor(highlight.path(), highlight.title());
            link.addClassName("calendar-highlight-title");
            Span when = new Span(CalendarFormat.date(CalendarFormat.day(highlight.startsAt()), locale)
                    + (highlight.location() == null ? "" : " · " + highlight.location()));
            Div item = new Div(link, when);
            item.addClassName("calendar-highlight");
            item.setId("calendar-highlight-" + highlight.uidKey());
            add(item);
        }
    }
}
