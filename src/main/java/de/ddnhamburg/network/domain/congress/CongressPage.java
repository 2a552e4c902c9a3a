package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A congress edition as its public page shows it: the programme by day and slot, the speakers and
 * the ticket categories with the places left. Access codes are never part of it.
 *
 * @param placesLeft places of the overall capacity not yet taken
 * @param registrationOpen whether registering is possible now (published and within the window)
 */
public record CongressPage(
        long id,
        String title,
        @Nullable String subtitle,
        String description,
        LocalDate firstDay,
        int dayCount,
        String venueName,
        String venueAddress,
        Instant registrationOpensAt,
        Instant registrationClosesAt,
        Instant cancellationDeadline,
        String contactName,
        String contactEmail,
        CongressStatus status,
        int capacity,
        int placesLeft,
        boolean registrationOpen,
        List<ProgrammeDay> days,
        List<SpeakerCard> speakers,
        List<CategoryOffer> categories) {

    public CongressPage {
        days = List.copyOf(days);
        speakers = List.copyOf(speakers);
        categories = List.copyOf(categories);
    }

    /** Seats left per workshop, by session id: what live updates change on the page. */
    public java.util.Map<Long, Integer> seatsLeft() {
        java.util.Map<Long, Integer> left = new java.util.HashMap<>();
        days.forEach(day -> day.slots()
                .forEach(slot -> slot.sessions().forEach(session -> {
                    if (session.seatsLeft() != null) {
                        left.put(session.id(), session.seatsLeft());
                    }
                })));
        return left;
    }
}
