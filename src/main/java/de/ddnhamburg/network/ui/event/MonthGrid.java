package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.event.CalendarEntry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A month as seven columns from Monday to Sunday, each day with its events as links. On narrow
 * screens the stylesheet turns it into an agenda: only days with events, one below the other, each
 * with its full date.
 */
class MonthGrid extends Div {

    MonthGrid(YearMonth month, LocalDate today, List<CalendarEntry> entries) {
        setId("calendar-month");
        addClassName("cal-month");
        Locale locale = getLocale();
        Map<LocalDate, List<CalendarEntry>> byDay = byDay(entries);
        for (DayOfWeek weekday : DayOfWeek.values()) {
            Span name = new Span(weekday.getDisplayName(TextStyle.SHORT, locale));
            name.addClassName("cal-weekday");
            name.getElement().setAttribute("aria-hidden", "true");
            add(name);
        }
        LocalDate first = CalendarState.monday(month.atDay(1));
        LocalDate last = month.atEndOfMonth().with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            add(day(day, month, today, byDay.getOrDefault(day, List.of()), locale));
        }
    }

    private Div day(LocalDate day, YearMonth month, LocalDate today, List<CalendarEntry> entries, Locale locale) {
        Div cell = new Div();
        cell.addClassName("cal-day");
        if (!YearMonth.from(day).equals(month)) {
            cell.addClassName("cal-outside");
        }
        if (!entries.isEmpty()) {
            cell.addClassName("cal-has-events");
        }
        Span number = CalendarFormat.text(String.valueOf(day.getDayOfMonth()), "cal-day-number");
        number.getElement().setAttribute("aria-hidden", "true");
        Span full = CalendarFormat.text(CalendarFormat.fullDate(day, locale), "cal-day-full");
        if (day.equals(today)) {
            cell.addClassName("cal-today");
            cell.getElement().setAttribute("aria-current", "date");
        }
        cell.add(number, full);
        if (YearMonth.from(day).equals(month)) {
            cell.setId("month-day-" + day);
            for (CalendarEntry entry : entries) {
                cell.add(chip(entry, day, locale));
            }
        }
        return cell;
    }

    private RouterLink chip(CalendarEntry entry, LocalDate day, Locale locale) {
        boolean starts = CalendarFormat.day(entry.startsAt()).equals(day);
        RouterLink chip = starts
                ? CalendarFormat.link(
                        entry,
                        CalendarFormat.text(CalendarFormat.time(entry.startsAt(), locale), "cal-chip-time"),
                        CalendarFormat.text(entry.title(), "cal-chip-title"))
                : CalendarFormat.link(entry, CalendarFormat.text(entry.title(), "cal-chip-title"));
        chip.addClassNames("cal-chip", "cal-type-" + entry.type().name().toLowerCase(Locale.ROOT));
        if (!starts) {
            chip.addClassName("cal-continued");
        }
        if (entry.myStatus() != null) {
            chip.addClassName("cal-mine");
        }
        chip.getElement().setAttribute("title", EventEntries.summary(entry));
        return chip;
    }

    static Map<LocalDate, List<CalendarEntry>> byDay(List<CalendarEntry> entries) {
        Map<LocalDate, List<CalendarEntry>> byDay = new LinkedHashMap<>();
        for (CalendarEntry entry : entries) {
            for (LocalDate day : CalendarFormat.days(entry)) {
                byDay.computeIfAbsent(day, key -> new ArrayList<>()).add(entry);
            }
        }
        return byDay;
    }
}
