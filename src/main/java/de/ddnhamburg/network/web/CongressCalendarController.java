package de.ddnhamburg.network.web;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.congress.CongressCalendarService;
import de.ddnhamburg.network.domain.event.CalendarFile;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The congress programme as calendar files: {@code kalender/kongress/<id>.ics} (every session) and
 * {@code kalender/kongress/<id>/sitzung/<session>.ics}. Open to guests for published editions;
 * anything else is the same empty 404 as for events ({@link CalendarController}).
 */
@RestController
class CongressCalendarController {

    static final String PROGRAMME = "/" + PublicLinks.CALENDAR_CONGRESS_FILE + "{id}" + PublicLinks.ICS;
    static final String SESSION = "/" + PublicLinks.CALENDAR_CONGRESS_FILE + "{id}/sitzung/{session}" + PublicLinks.ICS;

    private final CongressCalendarService calendars;

    CongressCalendarController(CongressCalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping(PROGRAMME)
    ResponseEntity<String> programme(@PathVariable String id, Locale locale) {
        return isId(id) ? file(() -> calendars.programmeFile(Long.parseLong(id), locale)) : notFound();
    }

    @GetMapping(SESSION)
    ResponseEntity<String> session(@PathVariable String id, @PathVariable String session, Locale locale) {
        return isId(id) && isId(session)
                ? file(() -> calendars.sessionFile(Long.parseLong(id), Long.parseLong(session), locale))
                : notFound();
    }

    private static ResponseEntity<String> file(Supplier<CalendarFile> source) {
        try {
            CalendarFile file = source.get();
            return ResponseEntity.ok()
                    .contentType(CalendarController.CALENDAR)
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

    private static boolean isId(String value) {
        return value.matches("\\d{1,18}");
    }

    private static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
}
