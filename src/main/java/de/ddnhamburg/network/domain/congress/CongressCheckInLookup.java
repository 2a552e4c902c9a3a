package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.util.Map;

/**
 * Who has been checked in at the door, as the check-in at the door knows it: the congress declares
 * it (dashboard, the registrations' list and its filter), {@code checkin.CheckInLookup} implements
 * it (the check-in depends on the congress, not the other way round). Without one, {@link #NONE}
 * answers: nobody is checked in.
 */
public interface CongressCheckInLookup {

    CongressCheckInLookup NONE = congressId -> Map.of();

    /** The registrations of the congress that are checked in now, with the time of the check-in. */
    Map<Long, Instant> checkInTimes(long congressId);
}
