package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import de.ddnhamburg.network.domain.event.CalendarEntry;
import de.ddnhamburg.network.domain.event.SeatKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The translated words about a calendar entry: its time, kind, group, free seats and my registration. */
final class EventEntries {

    private EventEntries() {}

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.GERMAN : ui.getLocale();
    }

    static String t(String key, Object... parameters) {
        return I18NProvider.translate(locale(), key, parameters);
    }

    /** "18:00–20:00", or with days when the event runs over more than one ("Di. 8. Dez., 20:00–Mi. 9. Dez., 01:00"). */
    static String timeRange(CalendarEntry entry) {
        Locale locale = locale();
        boolean oneDay = CalendarFormat.days(entry).size() == 1;
        if (oneDay) {
            return t(
                    "event.calendar.timeRange",
                    CalendarFormat.time(entry.startsAt(), locale),
                    CalendarFormat.time(entry.endsAt(), locale));
        }
        return t("event.calendar.timeRange", dayAndTime(entry.startsAt(), locale), dayAndTime(entry.endsAt(), locale));
    }

    private static String dayAndTime(Instant instant, Locale locale) {
        return CalendarFormat.shortDay(CalendarFormat.day(instant), locale) + ", "
                + CalendarFormat.time(instant, locale);
    }

    /** For a link's tooltip: title, time, kind and format. */
    static String summary(CalendarEntry entry) {
        return String.join(
                " · ",
                entry.title(),
                timeRange(entry),
                t("event.type." + entry.type().name()),
                t("event.format." + entry.format().name()));
    }

    /** Kind, format and group; then free seats where they are limited, and my registration. */
    static List<String> labels(CalendarEntry entry) {
        List<String> labels = new ArrayList<>();
        labels.add(t("event.type." + entry.type().name()));
        labels.add(t("event.format." + entry.format().name()));
        if (entry.groupName() != null) {
            labels.add(entry.groupName());
        }
        return labels;
    }

    /** "3 Plätze frei" or "Ausgebucht, Warteliste"; empty where seats are unlimited. */
    static String seats(CalendarEntry entry) {
        Long inPerson = entry.freeInPerson();
        Long online = entry.freeOnline();
        boolean unlimitedKind = (entry.format().offers(SeatKind.IN_PERSON) && inPerson == null)
                || (entry.format().offers(SeatKind.ONLINE) && online == null);
        if (unlimitedKind) {
            return "";
        }
        long free = (inPerson == null ? 0 : inPerson) + (online == null ? 0 : online);
        return free == 0 ? t("event.calendar.full") : t("event.calendar.seatsFree", free);
    }
}
