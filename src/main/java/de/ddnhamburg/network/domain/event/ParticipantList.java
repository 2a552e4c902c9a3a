package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import java.util.List;

/**
 * The participants of an event for its organisers: confirmed ones by seat kind and time of
 * registering, then the waiting lists by seat kind and position. Cancelled registrations are left out.
 */
public record ParticipantList(
        long eventId, String title, Instant startsAt, List<SeatOffer> seats, List<ParticipantRow> rows) {

    public List<ParticipantRow> confirmed() {
        return rows.stream()
                .filter(row -> row.status() == RegistrationStatus.CONFIRMED)
                .toList();
    }

    public List<ParticipantRow> waiting() {
        return rows.stream()
                .filter(row -> row.status() == RegistrationStatus.WAITLISTED)
                .toList();
    }
}
