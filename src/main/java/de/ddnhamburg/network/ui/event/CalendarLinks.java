package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.html.Anchor;

/**
 * Links to the calendar files of {@code web.CalendarController}: plain downloads, which Vaadin's
 * router must leave to the browser. {@code CalendarLinksTest} keeps the paths in step.
 */
final class CalendarLinks {

    static final String EVENT_FILE = "kalender/veranstaltung/";
    static final String PUBLIC_FEED = "kalender/oeffentlich.ics";

    private CalendarLinks() {}

    /** "Zum Kalender hinzufügen (.ics)": the event with what its page shows the signed-in member. */
    static Anchor eventFile(long eventId, String text) {
        Anchor link = download("/" + EVENT_FILE + eventId + ".ics", text);
        link.setId("event-ics");
        return link;
    }

    static Anchor publicFeed(String text) {
        Anchor link = download("/" + PUBLIC_FEED, text);
        link.setId("calendar-public-feed");
        return link;
    }

    private static Anchor download(String path, String text) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }
}
