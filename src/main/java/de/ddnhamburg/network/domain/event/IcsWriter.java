package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.mail.MailProperties;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * Writes calendar files (RFC 5545) with iCal4j: times in UTC, so that no time-zone rules have to
 * agree between us and the calendar program; a VTIMEZONE and {@code X-WR-TIMEZONE} for
 * Europe/Berlin tell programs to show them in Hamburg's time, and keep an empty feed valid (a
 * calendar needs at least one component). {@code METHOD:PUBLISH} makes a file something to add, not
 * an invitation to answer; PUBLISH requires an ORGANIZER, the network's sender address.
 *
 * <p>UIDs are {@code event-<id>@<host of app.public-url>}: the same in every feed, file and mail, so
 * a program that has the event from the confirmation mail updates it from the feed.
 */
@Component
public class IcsWriter {

    private static final String PRODUCT = "-//ddn Hamburg//Netzwerkplattform//DE";

    private final PublicLinks links;
    private final Organizer organizer;

    IcsWriter(PublicLinks links, MailProperties mail) {
        this.links = links;
        this.organizer = organizer(mail.sender());
    }

    String write(String calendarName, List<IcsEntry> entries) {
        return output(calendarName, entries.stream().map(this::event).toList());
    }

    /** A calendar file of another feature's entries (the congress), written like the events' files. */
    public String writeItems(String calendarName, List<IcsItem> items) {
        return output(calendarName, items.stream().map(this::event).toList());
    }

    /** Events and other features' entries in one file: the public feed with the Fachkongress. */
    String write(String calendarName, List<IcsEntry> entries, List<IcsItem> items) {
        List<VEvent> all = new java.util.ArrayList<>(entries.size() + items.size());
        entries.forEach(entry -> all.add(event(entry)));
        items.forEach(item -> all.add(event(item)));
        return output(calendarName, all);
    }

    private String output(String calendarName, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", "Europe/Berlin"));
        calendar.add(Berlin.ZONE);
        for (VEvent event : events) {
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            // Not validated on every write: it costs more than writing, and this runs under an
            // event's row lock for every registration. The tests parse and validate what we write.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    String uid(long eventId) {
        return "event-" + eventId + "@" + links.host();
    }

    private VEvent event(IcsEntry entry) {
        VEvent event = new VEvent(entry.startsAt(), entry.endsAt(), entry.summary());
        event.replace(new DtStamp(entry.stamp()));
        event.add(new Uid(uid(entry.eventId())));
        event.add(new Sequence(entry.sequence()));
        event.add(organizer);
        event.add(
                switch (entry.state()) {
                    case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
                    case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
                    case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
                });
        if (!entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        event.add(new Url(URI.create(links.event(entry.eventId()))));
        return event;
    }

    private VEvent event(IcsItem item) {
        VEvent event = new VEvent(item.startsAt(), item.endsAt(), item.summary());
        event.replace(new DtStamp(item.stamp()));
        event.add(new Uid(item.uid()));
        event.add(new Sequence(item.sequence()));
        event.add(organizer);
        event.add(item.tentative() ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED);
        if (!item.description().isBlank()) {
            event.add(new Description(item.description()));
        }
        if (item.location() != null) {
            event.add(new Location(item.location()));
        }
        event.add(new Url(URI.create(item.url())));
        return event;
    }

    private static Organizer organizer(InternetAddress sender) {
        Organizer organizer = new Organizer(URI.create("mailto:" + sender.getAddress()));
        if (sender.getPersonal() != null) {
            organizer.add(new Cn(sender.getPersonal()));
        }
        return organizer;
    }

    /** Read once, when the first calendar is written: iCal4j takes a moment to start. */
    private static final class Berlin {

        static final VTimeZone ZONE = load();

        private static VTimeZone load() {
            try (Reader in = new InputStreamReader(
                    Objects.requireNonNull(IcsWriter.class.getResourceAsStream("/calendar/europe-berlin.ics")),
                    StandardCharsets.UTF_8)) {
                return (VTimeZone) new CalendarBuilder()
                        .build(in)
                        .getComponent("VTIMEZONE")
                        .orElseThrow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ParserException e) {
                throw new IllegalStateException("calendar/europe-berlin.ics", e);
            }
        }
    }
}
