package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/**
 * A session to choose in a slot.
 *
 * @param seatsLeft free seats of a workshop; {@code null} for sessions open to every participant
 * @param waiting how many wait for it already
 */
public record SessionOption(
        long id,
        String title,
        SessionType type,
        String room,
        @Nullable Integer seatsLeft,
        int waiting) {

    public boolean full() {
        return seatsLeft != null && seatsLeft <= 0;
    }
}
