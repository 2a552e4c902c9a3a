package de.ddnhamburg.network.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
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

    /** The UIDs of a calendar's entries, in the file's order. */
    public static List<String> uids(String ics) {
        return events(ics).stream().map(entry -> property(entry, "UID")).toList();
    }

    /** The UID the application gives an event's entry (the test's host is localhost). */
    public static String uid(long eventId) {
        return "event-" + eventId + "@localhost";
    }

    /**
     * A public feed as a calendar program and a cache see it: calendar text that anyone may keep for
     * a quarter of an hour. Returns its UIDs.
     */
    public static List<String> publicFeed(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("public, max-age=900");
        return uids(response.body());
    }

    public static String property(VEvent event, String name) {
        return event.getProperty(name).map(property -> property.getValue()).orElse("");
    }
}
