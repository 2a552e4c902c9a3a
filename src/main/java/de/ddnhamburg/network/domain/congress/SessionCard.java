package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session in the public programme.
 *
 * @param seatsLeft seats of a workshop not yet taken; {@code null} for sessions open to everyone
 */
public record SessionCard(
        long id,
        long congressId,
        SessionType type,
        String title,
        String abstractText,
        long slotId,
        Instant startsAt,
        Instant endsAt,
        long roomId,
        String roomName,
        List<SpeakerRef> speakers,
        @Nullable String groupName,
        @Nullable Integer capacity,
        @Nullable Integer seatsLeft,
        boolean cancelled) {

    public SessionCard {
        speakers = List.copyOf(speakers);
    }
}
