package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import java.util.List;

/** "Wen habe ich getroffen?": an event that is over, and the people I met there, by name. */
public record PeopleMet(long eventId, String title, Instant startsAt, List<PersonMet> people) {

    /** The page's address below the event's own ({@code veranstaltungen/<id>/getroffen}). */
    public static final String PATH = "getroffen";
}
