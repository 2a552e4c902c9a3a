package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event as it goes into a calendar file, already cut to what the reader may see.
 *
 * @param state {@code CONFIRMED}, {@code TENTATIVE} (on the waiting list) or {@code CANCELLED}
 * @param sequence the event's change counter: calendar programs replace an entry with a higher one
 * @param stamp when this entry last changed, for DTSTAMP
 * @param summary the title, marked for the waiting list where that applies
 * @param description the text with the reader's state, the online link where allowed and the page
 */
record IcsEntry(
        long eventId,
        String summary,
        String description,
        Instant startsAt,
        Instant endsAt,
        @Nullable String location,
        State state,
        int sequence,
        Instant stamp) {

    enum State {
        CONFIRMED,
        TENTATIVE,
        CANCELLED
    }
}
