package de.ddnhamburg.network.domain.congress.checkin;

import java.time.Instant;

/**
 * A check-in as the desks see it: when and at which desk (not by whom).
 *
 * @param undoUntil until when it can be undone
 */
public record CheckInStamp(long id, long registrationId, Instant at, String desk, Instant undoUntil) {

    static CheckInStamp of(CongressCheckIn checkIn, CheckInProperties properties) {
        return new CheckInStamp(
                checkIn.id(),
                checkIn.getRegistrationId(),
                checkIn.getCheckedInAt(),
                checkIn.getDesk(),
                checkIn.getCheckedInAt().plus(properties.undoWindow()));
    }

    public boolean undoableAt(Instant now) {
        return now.isBefore(undoUntil);
    }
}
