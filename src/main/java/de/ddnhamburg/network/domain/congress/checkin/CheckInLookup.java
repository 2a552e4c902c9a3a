package de.ddnhamburg.network.domain.congress.checkin;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is checked in, for the features built on the check-in (the dashboard's progress, the
 * registrations grid's filter, certificates of attendance); without any rule of who may ask, so
 * views and endpoints cannot use it.
 */
@Component
@Transactional(readOnly = true)
public class CheckInLookup {

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

    public long count(long congressId) {
        return checkIns.countByCongressIdAndActiveRegistrationIdIsNotNull(congressId);
    }
}
