package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/**
 * The session someone wants in a slot with a choice, and optionally a second choice in the same
 * slot, whose seat is used while the first choice waits.
 */
public record SessionWish(
        long slotId, long sessionId, @Nullable Long secondChoiceSessionId) {

    public SessionWish {
        if (secondChoiceSessionId != null && secondChoiceSessionId == sessionId) {
            throw new IllegalArgumentException("the second choice must be another session");
        }
    }

    public static SessionWish of(long slotId, long sessionId) {
        return new SessionWish(slotId, sessionId, null);
    }
}
