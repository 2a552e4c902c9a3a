package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An event in a list. */
public record EventCard(
        long id,
        String title,
        EventType type,
        Instant startsAt,
        Instant endsAt,
        EventFormat format,
        @Nullable String venue) {

    static EventCard of(Event event) {
        return new EventCard(
                event.id(),
                event.getTitle(),
                event.getType(),
                event.getStartsAt(),
                event.getEndsAt(),
                event.getFormat(),
                event.getVenue());
    }
}
