package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/**
 * A registration's wish in a slot with a choice, for lists and certificates.
 *
 * @param seatSessionId the session whose seat the registration holds in this slot: the wish when
 *     seated, the second choice while waiting with its seat; {@code null} when it holds none
 */
public record RosterChoice(
        long slotId,
        long sessionId,
        ChoiceStatus status,
        @Nullable Integer waitingPosition,
        @Nullable Long seatSessionId) {}
