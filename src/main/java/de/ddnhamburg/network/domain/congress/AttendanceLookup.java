package de.ddnhamburg.network.domain.congress;

import java.util.Set;

/**
 * Who was at the congress, for the certificates of attendance ({@code congress.print}). The
 * check-in at the door implements it ({@code congress.checkin.CheckInLookup}); declared here so that
 * printing depends on an answer, not on how the door records it.
 */
public interface AttendanceLookup {

    /** Whether the registration was checked in (and the check-in not undone). */
    boolean attended(long registrationId);

    /** The registrations of the congress that were checked in, by id. */
    Set<Long> attendees(long congressId);
}
