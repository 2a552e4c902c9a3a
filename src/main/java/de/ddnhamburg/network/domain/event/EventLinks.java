package de.ddnhamburg.network.domain.event;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of event pages and calendar files, for calendar entries and mails. The paths
 * repeat {@code ui.RoutePaths.EVENT} and the mappings of {@code web.CalendarController}, which the
 * domain cannot import; {@code CalendarLinksTest} keeps them in step.
 */
@Component
class EventLinks {

    static final String EVENT_PATH = "veranstaltungen/";
    static final String PERSONAL_FEED_PATH = "kalender/abo/";
    static final String ICS = ".ics";

    private final String baseUrl;
    private final String host;

    EventLinks(@Value("${app.public-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String parsed = URI.create(this.baseUrl).getHost();
        if (parsed == null) {
            throw new IllegalStateException("app.public-url (APP_PUBLIC_URL) needs a host: " + baseUrl);
        }
        this.host = parsed;
    }

    String eventPage(long eventId) {
        return baseUrl + "/" + EVENT_PATH + eventId;
    }

    String personalFeed(String token) {
        return baseUrl + "/" + PERSONAL_FEED_PATH + token + ICS;
    }

    /** The host of the public address, the right-hand side of every event's UID. */
    String host() {
        return host;
    }
}
