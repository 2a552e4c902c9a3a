package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A guest's registration as the link pages show it: which event, and the place it holds. Nothing
 * about the guest: whoever has the link sees only what the link is for.
 *
 * @param waitingPosition only for {@link RegistrationStatus#WAITLISTED}
 * @param confirmed whether the guest confirmed the address
 * @param onlineLink the access link of an online event, only for a guest who confirmed the address
 *     and holds a confirmed online seat (issue 12); not for a waiting place, an in-person seat or
 *     an unconfirmed address
 */
public record GuestRegistrationSummary(
        long eventId,
        String eventTitle,
        Instant startsAt,
        RegistrationStatus status,
        SeatKind seatKind,
        @Nullable Integer waitingPosition,
        boolean confirmed,
        @Nullable String onlineLink) {

    static GuestRegistrationSummary of(Event event, EventRegistration registration) {
        return new GuestRegistrationSummary(
                event.id(),
                event.getTitle(),
                event.getStartsAt(),
                registration.getStatus(),
                registration.getSeatKind(),
                registration.getWaitingPosition(),
                registration.getGuestConfirmedAt() != null,
                holdsConfirmedOnlineSeat(registration) ? event.getOnlineLink() : null);
    }

    /** A guest who confirmed the address and has an online seat, not a waiting place. */
    static boolean holdsConfirmedOnlineSeat(EventRegistration guest) {
        return guest.getGuestConfirmedAt() != null && EventCalendarService.holdsOnlineSeat(guest);
    }
}
