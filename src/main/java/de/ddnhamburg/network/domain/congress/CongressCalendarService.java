package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.BundleTexts;
import de.ddnhamburg.network.domain.common.FileNames;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.event.CalendarFile;
import de.ddnhamburg.network.domain.event.IcsItem;
import de.ddnhamburg.network.domain.event.IcsWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme as calendar files (RFC 5545, written by the events' {@link IcsWriter}): every
 * session of a published edition, or one session. What is not visible on the public page is "not
 * found" here too ({@link CongressReadService} decides). A cancelled session stays in the file with
 * STATUS:CANCELLED, so that calendars that took it over learn of it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class CongressCalendarService {

    private final CongressReadService reader;
    private final IcsWriter writer;
    private final PublicLinks links;
    private final Clock clock;

    CongressCalendarService(CongressReadService reader, IcsWriter writer, PublicLinks links, Clock clock) {
        this.reader = reader;
        this.writer = writer;
        this.links = links;
        this.clock = clock;
    }

    /** Every session of the edition; the few words the entries add in the reader's language. */
    public CalendarFile programmeFile(long congressId, Locale language) {
        CongressPage page = reader.page(congressId);
        List<IcsItem> entries = new ArrayList<>();
        page.days()
                .forEach(day -> day.slots()
                        .forEach(slot ->
                                slot.sessions().forEach(session -> entries.add(entry(page, session, language)))));
        return new CalendarFile(
                FileNames.of(language, "file.calendar.congress", "ics", congressId),
                writer.writeItems(page.title(), entries));
    }

    /** One session. */
    public CalendarFile sessionFile(long congressId, long sessionId, Locale language) {
        CongressPage page = reader.page(congressId);
        SessionCard session = page.days().stream()
                .flatMap(day -> day.slots().stream())
                .flatMap(slot -> slot.sessions().stream())
                .filter(card -> card.id() == sessionId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        return new CalendarFile(
                FileNames.of(language, "file.calendar.session", "ics", congressId, sessionId),
                writer.writeItems(page.title(), List.of(entry(page, session, language))));
    }

    private IcsItem entry(CongressPage page, SessionCard session, Locale language) {
        String url = links.page(PublicLinks.CONGRESS + "/" + page.id() + "/sitzung/" + session.id());
        List<String> paragraphs = new ArrayList<>();
        if (!session.speakers().isEmpty()) {
            paragraphs.add(session.speakers().stream()
                    .map(speaker -> speaker.organisation() == null
                            ? speaker.name()
                            : speaker.name() + " (" + speaker.organisation() + ")")
                    .collect(Collectors.joining(", ")));
        }
        if (!session.abstractText().isBlank()) {
            paragraphs.add(session.abstractText());
        }
        paragraphs.add(page.title());
        paragraphs.add(url);
        // The same UID as in the registration's mailed file (CongressTicketFiles), so calendars update one entry.
        return new IcsItem(
                "congress-" + page.id() + "-session-" + session.id() + "@" + links.host(),
                session.cancelled()
                        ? BundleTexts.text(language, "calendar.summary.cancelled", session.title())
                        : session.title(),
                String.join("\n\n", paragraphs),
                session.startsAt(),
                session.endsAt(),
                session.roomName() + ", " + page.venueName() + ", " + page.venueAddress(),
                url,
                false,
                session.cancelled() ? 1 : 0,
                clock.instant());
    }
}
