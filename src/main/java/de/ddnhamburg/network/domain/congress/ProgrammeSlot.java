package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.util.List;

/**
 * A time slot of the programme with its sessions.
 *
 * @param choice whether the slot holds several sessions to choose from
 */
public record ProgrammeSlot(long id, Instant startsAt, Instant endsAt, boolean choice, List<SessionCard> sessions) {

    public ProgrammeSlot {
        sessions = List.copyOf(sessions);
    }
}
