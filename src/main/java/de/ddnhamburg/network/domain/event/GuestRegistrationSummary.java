package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A guest's registration as the link pages show it: which event, and the place it holds. Nothing
 * about the guest: whoever has the link sees only what the link is for.
 *
 * @param waitingPosition only for {@link RegistrationStatus#WAITLISTED}
 * @param confirmed whether the guest confirmed the address
 */
public record GuestRegistrationSummary(
        long eventId,
        String eventTitle,
        Instant startsAt,
        RegistrationStatus status,
        SeatKind seatKind,
        @Nullable Integer waitingPosition,
        boolean confirmed) {

    static GuestRegistrationSummary of(Event event, EventRegistration registration) {
        return new GuestRegistrationSummary(
                event.id(),
                event.getTitle(),
                event.getStartsAt(),
                registration.getStatus(),
                registration.getSeatKind(),
                registration.getWaitingPosition(),
                registration.getGuestConfirmedAt() != null);
    }
}
