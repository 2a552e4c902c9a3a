package de.ddnhamburg.network.web;

import de.ddnhamburg.network.domain.common.FileNames;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.event.CalendarFile;
import de.ddnhamburg.network.domain.event.EventCalendarService;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar files (RFC 5545): one event to download, the public feed of public events, and personal
 * feeds behind a secret address. {@link EventCalendarService} decides what each caller may see; a
 * missing, hidden or unknown event and an unknown or renewed secret all get the same empty 404.
 * The paths are those of {@link PublicLinks}, which mails and pages link to; {@code SecurityConfig}
 * opens them.
 *
 * <p>Caching: the public feed may be cached by anyone for 15 minutes; an event file (it may hold
 * the caller's online link) and a personal feed keep Spring Security's {@code no-store}.
 */
@RestController
class CalendarController {

    static final String EVENT_FILE = "/" + PublicLinks.CALENDAR_EVENT_FILE + "{id}" + PublicLinks.ICS;
    static final String PUBLIC_FEED = "/" + PublicLinks.CALENDAR_PUBLIC_FEED;
    static final String PERSONAL_FEED = "/" + PublicLinks.CALENDAR_PERSONAL_FEED + "{token}" + PublicLinks.ICS;

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final String PUBLIC_CACHE = "public, max-age=900";

    private final EventCalendarService calendars;

    CalendarController(EventCalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping(EVENT_FILE)
    ResponseEntity<String> eventFile(@PathVariable String id, Locale locale) {
        if (!id.matches("\\d{1,18}")) {
            return notFound();
        }
        try {
            CalendarFile file = calendars.eventFile(Long.parseLong(id), locale);
            return ResponseEntity.ok()
                    .contentType(CALENDAR)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(file.fileName())
                                    .build()
                                    .toString())
                    .body(file.content());
        } catch (NotFoundException e) {
            return notFound();
        }
    }

    @GetMapping(PUBLIC_FEED)
    ResponseEntity<String> publicFeed(HttpServletResponse response, Locale locale) {
        // Replaces Spring Security's "no-store" and drops its HTTP/1.0 companions.
        response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE);
        response.setHeader(HttpHeaders.PRAGMA, null);
        response.setHeader(HttpHeaders.EXPIRES, null);
        // The file's name follows the language (RequestLanguage): caches keep one per language.
        response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
        return feed(FileNames.of(locale, "file.calendar.public", "ics"), calendars.publicFeed());
    }

    @GetMapping(PERSONAL_FEED)
    ResponseEntity<String> personalFeed(@PathVariable String token, Locale locale) {
        Optional<String> feed = calendars.personalFeed(token);
        return feed.isPresent() ? feed(FileNames.of(locale, "file.calendar.personal", "ics"), feed.get()) : notFound();
    }

    private static ResponseEntity<String> feed(String fileName, String content) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .header("X-Robots-Tag", "noindex")
                .body(content);
    }

    /** The same empty answer for every kind of "no": it tells nothing about what exists. */
    private static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}
