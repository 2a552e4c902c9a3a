package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The session chosen in a slot and where the registration stands with it.
 *
 * @param secondChoiceId the session whose seat is held while waiting for {@code sessionId}, if any
 */
public record ChoiceDetails(
        long slotId,
        Instant startsAt,
        Instant endsAt,
        long sessionId,
        String sessionTitle,
        ChoiceStatus status,
        @Nullable Integer waitingPosition,
        @Nullable Long secondChoiceId,
        @Nullable String secondChoiceTitle) {}
