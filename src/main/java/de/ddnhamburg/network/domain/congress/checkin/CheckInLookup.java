package de.ddnhamburg.network.domain.congress.checkin;

import de.ddnhamburg.network.domain.congress.AttendanceLookup;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is checked in, for the features built on the check-in (the dashboard's progress, the
 * registrations grid's filter, certificates of attendance); without any rule of who may ask, so
 * views and endpoints cannot use it. It is also who attended the congress for the certificates
 * ({@link AttendanceLookup}): a check-in that stands, not one undone.
 */
@Component
@Transactional(readOnly = true)
public class CheckInLookup implements AttendanceLookup {

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

    public long count(long congressId) {
        return checkIns.countByCongressIdAndActiveRegistrationIdIsNotNull(congressId);
    }
}
