package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.LocalFormats;
import de.ddnhamburg.network.domain.event.CalendarEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Days, times and links of calendar entries, in Hamburg's time and the user's language. */
final class CalendarFormat {

    private CalendarFormat() {}

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ClockConfig.DISPLAY_ZONE);
    }

    /** The days in Hamburg an event takes place on; one ending at midnight does not reach the next day. */
    static List<LocalDate> days(CalendarEntry entry) {
        LocalDate first = day(entry.startsAt());
        LocalDate last = day(entry.endsAt().minusNanos(1));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    static String time(Instant instant, Locale locale) {
        return LocalFormats.time(instant, locale);
    }

    /** "Donnerstag, 3. Dezember 2026". */
    static String fullDate(LocalDate day, Locale locale) {
        return LocalFormats.fullDate(day, locale);
    }

    /** "03.12.2026". */
    static String date(LocalDate day, Locale locale) {
        return LocalFormats.date(day, locale);
    }

    /** "Mo. 7. Dez." or "Mon 7 Dec": a day in a heading or a range, without the year. */
    static String shortDay(LocalDate day, Locale locale) {
        String pattern = Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? "EEE d. MMM" : "EEE d MMM";
        return DateTimeFormatter.ofPattern(pattern, locale).format(day);
    }

    /** "Dezember 2026". */
    static String month(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    /** A link to the event's page. */
    static RouterLink link(CalendarEntry entry, Component... content) {
        RouterLink link = new RouterLink();
        link.setRoute(EventView.class, new RouteParameters(EventView.ID, String.valueOf(entry.id())));
        link.add(content);
        return link;
    }

    static Span text(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
