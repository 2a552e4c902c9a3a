package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/**
 * What a session pick gives at this moment: a seat, or a waiting position (and then whether the
 * second choice has a seat meanwhile).
 */
public record PickOutcome(
        long slotId,
        long sessionId,
        String title,
        boolean seat,
        @Nullable Integer waitingPosition,
        @Nullable Long secondChoiceId,
        @Nullable String secondChoiceTitle,
        boolean secondChoiceSeat) {}
