package de.ddnhamburg.network.web;

import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.event.GroupCalendarService;
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
 * A group's calendar feeds (issue 16 point 5): the public one by the group's id and a member's
 * secret one. {@link GroupCalendarService} decides what each holds. Every refusal (unknown or
 * hidden group, unknown, renewed or revoked secret, a member who left) is the same 404 with one
 * short translated sentence, so that a calendar program's user learns why and an address tells
 * nothing about what exists. Caching as in {@link CalendarController}.
 */
@RestController
class GroupCalendarController {

    static final String PUBLIC_FEED = "/" + PublicLinks.CALENDAR_GROUP_FEED + "{id}" + PublicLinks.ICS;
    static final String PERSONAL_FEED = "/" + PublicLinks.CALENDAR_GROUP_PERSONAL_FEED + "{token}" + PublicLinks.ICS;

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final String PUBLIC_CACHE = "public, max-age=900";

    private final GroupCalendarService calendars;

    GroupCalendarController(GroupCalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping(PUBLIC_FEED)
    ResponseEntity<String> publicFeed(@PathVariable String id, Locale locale, HttpServletResponse response) {
        Optional<String> feed = id.matches("\\d{1,18}") ? calendars.publicFeed(Long.parseLong(id)) : Optional.empty();
        if (feed.isEmpty()) {
            return refused(locale);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE);
        response.setHeader(HttpHeaders.PRAGMA, null);
        response.setHeader(HttpHeaders.EXPIRES, null);
        return feed("ddn-hamburg-fachgruppe-" + id + ".ics", feed.get());
    }

    @GetMapping(PERSONAL_FEED)
    ResponseEntity<String> personalFeed(@PathVariable String token, Locale locale) {
        Optional<String> feed = calendars.personalFeed(token);
        return feed.isPresent() ? feed("ddn-hamburg-fachgruppe.ics", feed.get()) : refused(locale);
    }

    private static ResponseEntity<String> feed(String fileName, String content) {
        return ResponseEntity.ok()
                .contentType(CalendarController.CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .header("X-Robots-Tag", "noindex")
                .body(content);
    }

    private ResponseEntity<String> refused(Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(TEXT)
                .header("X-Robots-Tag", "noindex")
                .body(calendars.refusal(locale) + "\n");
    }
}
