package de.ddnhamburg.network.domain.event;

import org.jspecify.annotations.Nullable;

/**
 * A member's registration as they see it.
 *
 * @param waitingPosition 1 for the next to be promoted; only for {@link RegistrationStatus#WAITLISTED}
 */
public record RegistrationSummary(
        long id,
        long eventId,
        SeatKind seatKind,
        RegistrationStatus status,
        @Nullable Integer waitingPosition) {

    static RegistrationSummary of(EventRegistration registration) {
        return new RegistrationSummary(
                registration.id(),
                registration.getEventId(),
                registration.getSeatKind(),
                registration.getStatus(),
                registration.getWaitingPosition());
    }
}
