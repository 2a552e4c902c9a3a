package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.html.Anchor;
import de.ddnhamburg.network.domain.common.PublicLinks;

/**
 * Links to the calendar files of {@code web.CalendarController}: plain downloads, which Vaadin's
 * router must leave to the browser. The paths are those of {@link PublicLinks}.
 */
final class CalendarLinks {

    private CalendarLinks() {}

    /** "Zum Kalender hinzufügen (.ics)": the event with what its page shows the signed-in member. */
    static Anchor eventFile(long eventId, String text) {
        Anchor link = download("/" + PublicLinks.CALENDAR_EVENT_FILE + eventId + PublicLinks.ICS, text);
        link.setId("event-ics");
        return link;
    }

    static Anchor publicFeed(String text) {
        Anchor link = download("/" + PublicLinks.CALENDAR_PUBLIC_FEED, text);
        link.setId("calendar-public-feed");
        return link;
    }

    private static Anchor download(String path, String text) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }
}
