package de.ddnhamburg.network.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** Calendar files as calendar programs read them: parsed and validated with iCal4j (RFC 5545). */
public final class Calendars {

    private Calendars() {}

    public static Calendar parse(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            assertThat(calendar.validate().getEntries()).as("RFC 5545 problems").isEmpty();
            return calendar;
        } catch (IOException | ParserException e) {
            throw new AssertionError("Not a calendar file:\n" + ics, e);
        }
    }

    public static List<VEvent> events(String ics) {
        return parse(ics).getComponents("VEVENT");
    }

    public static VEvent only(String ics) {
        List<VEvent> events = events(ics);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    public static String property(VEvent event, String name) {
        return event.getProperty(name).map(property -> property.getValue()).orElse("");
    }
}
