package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.util.List;

/** A time slot with several parallel sessions, in which a participant chooses one. */
public record SlotChoice(long slotId, int dayNumber, Instant startsAt, Instant endsAt, List<SessionOption> sessions) {

    public SlotChoice {
        sessions = List.copyOf(sessions);
    }
}
