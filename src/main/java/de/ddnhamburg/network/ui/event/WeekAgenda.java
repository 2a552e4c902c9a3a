package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.event.CalendarEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A week as seven columns, Monday first, with each event's times; rows on narrow screens. */
class WeekAgenda extends Div {

    WeekAgenda(LocalDate monday, LocalDate today, List<CalendarEntry> entries) {
        setId("calendar-week");
        addClassName("cal-week");
        Locale locale = getLocale();
        Map<LocalDate, List<CalendarEntry>> byDay = MonthGrid.byDay(entries);
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            Div column = new Div();
            column.setId("week-day-" + day);
            column.addClassName("cal-week-day");
            if (day.equals(today)) {
                column.addClassName("cal-today");
                column.getElement().setAttribute("aria-current", "date");
            }
            H3 heading = new H3(CalendarFormat.shortDay(day, locale));
            heading.getElement().setAttribute("title", CalendarFormat.fullDate(day, locale));
            column.add(heading);
            List<CalendarEntry> ofDay = byDay.getOrDefault(day, List.of());
            if (ofDay.isEmpty()) {
                column.addClassName("cal-no-events");
            }
            for (CalendarEntry entry : ofDay) {
                column.add(item(entry));
            }
            add(column);
        }
    }

    private RouterLink item(CalendarEntry entry) {
        RouterLink link = CalendarFormat.link(
                entry,
                CalendarFormat.text(EventEntries.timeRange(entry), "cal-chip-time"),
                CalendarFormat.text(entry.title(), "cal-chip-title"),
                CalendarFormat.text(
                        EventEntries.t("event.format." + entry.format().name()), "cal-chip-meta"));
        link.addClassNames(
                "cal-chip", "cal-week-item", "cal-type-" + entry.type().name().toLowerCase(Locale.ROOT));
        if (entry.myStatus() != null) {
            link.addClassName("cal-mine");
        }
        link.getElement().setAttribute("title", EventEntries.summary(entry));
        return link;
    }
}
