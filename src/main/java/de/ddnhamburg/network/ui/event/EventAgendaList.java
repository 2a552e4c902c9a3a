package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.event.CalendarEntry;
import de.ddnhamburg.network.ui.components.Badges;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Upcoming events grouped by day: time, title, kind, format, group, free seats and my registration. */
class EventAgendaList extends Div {

    EventAgendaList(LocalDate firstDay, List<CalendarEntry> entries) {
        setId("event-cards");
        addClassName("cal-list");
        Locale locale = getLocale();
        Map<LocalDate, List<CalendarEntry>> byDay = new LinkedHashMap<>();
        for (CalendarEntry entry : entries) {
            LocalDate start = CalendarFormat.day(entry.startsAt());
            // An event that began before the list does appears on its first day.
            byDay.computeIfAbsent(start.isBefore(firstDay) ? firstDay : start, key -> new ArrayList<>())
                    .add(entry);
        }
        byDay.forEach((day, ofDay) -> {
            Section section = new Section();
            section.addClassName("cal-list-day");
            section.setId("list-day-" + day);
            H2 heading = new H2(CalendarFormat.fullDate(day, locale));
            section.add(heading);
            ofDay.forEach(entry -> section.add(card(entry)));
            add(section);
        });
    }

    private Div card(CalendarEntry entry) {
        Span time = CalendarFormat.text(EventEntries.timeRange(entry), "cal-list-time");
        H3 title = new H3(CalendarFormat.link(entry, new Span(entry.title())));
        Div text = new Div(title, Badges.of(EventEntries.labels(entry), "contrast"));
        text.addClassName("cal-list-text");
        if (entry.venue() != null) {
            text.add(CalendarFormat.text(entry.venue(), "cal-list-venue"));
        }
        String seats = EventEntries.seats(entry);
        if (!seats.isEmpty()) {
            text.add(CalendarFormat.text(seats, "cal-list-seats"));
        }
        if (entry.myStatus() != null) {
            Span mine = new Span(
                    EventEntries.t("event.calendar.mine." + entry.myStatus().name()));
            mine.getElement().getThemeList().add("badge success");
            mine.addClassName("cal-list-mine");
            text.add(mine);
        }
        Div card = new Div(time, text);
        card.addClassNames(
                "card", "cal-list-item", "cal-type-" + entry.type().name().toLowerCase(Locale.ROOT));
        card.setId("event-card-" + entry.id());
        return card;
    }
}
