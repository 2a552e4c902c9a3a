package de.ddnhamburg.network.domain.congress.checkin;

import de.ddnhamburg.network.domain.congress.AttendanceLookup;
import de.ddnhamburg.network.domain.congress.CongressCheckInLookup;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is checked in, for the features built on the check-in (the dashboard's progress, the
 * registrations grid's filter, certificates of attendance); without any rule of who may ask, so
 * views and endpoints cannot use it. The congress's dashboard and registrations reach it through
 * {@link CongressCheckInLookup}, which the congress declares, since the check-in depends on the
 * congress and not the other way round. It is also who attended the congress for the
 * certificates ({@link AttendanceLookup}): a check-in that stands, not one undone.
 */
@Component
@Transactional(readOnly = true)
public class CheckInLookup implements CongressCheckInLookup, AttendanceLookup {

    private final CongressCheckInRepository checkIns;

    CheckInLookup(CongressCheckInRepository checkIns) {
        this.checkIns = checkIns;
    }

    public boolean isCheckedIn(long registrationId) {
        return checkIns.findByActiveRegistrationId(registrationId).isPresent();
    }

    /** The registrations of the congress that are checked in now. */
    public Set<Long> checkedIn(long congressId) {
        return Set.copyOf(checkIns.findCheckedInRegistrationIds(congressId));
    }

    @Override
    public boolean attended(long registrationId) {
        return isCheckedIn(registrationId);
    }

    @Override
    public Set<Long> attendees(long congressId) {
        return checkedIn(congressId);
    }

    @Override
    public Map<Long, Instant> checkInTimes(long congressId) {
        Map<Long, Instant> times = new HashMap<>();
        for (Object[] row : checkIns.findCheckInTimes(congressId)) {
            times.put(((Number) Objects.requireNonNull(row[0])).longValue(), (Instant) Objects.requireNonNull(row[1]));
        }
        return times;
    }

    public long count(long congressId) {
        return checkIns.countByCongressIdAndActiveRegistrationIdIsNotNull(congressId);
    }
}
