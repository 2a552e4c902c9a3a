package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event as the signed-in member sees it.
 *
 * @param onlineLink only for a confirmed online seat (and for admins)
 * @param mine my registration, if I ever registered
 * @param registrationOpen whether registering is possible now (published, inside the window)
 */
public record EventPage(
        long id,
        String title,
        EventType type,
        String description,
        Instant startsAt,
        Instant endsAt,
        EventFormat format,
        @Nullable String venue,
        @Nullable String onlineLink,
        EventStatus status,
        List<SeatOffer> seats,
        @Nullable RegistrationSummary mine,
        boolean registrationOpen) {}
