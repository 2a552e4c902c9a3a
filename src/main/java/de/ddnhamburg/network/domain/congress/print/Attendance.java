package de.ddnhamburg.network.domain.congress.print;

import de.ddnhamburg.network.domain.congress.AttendanceLookup;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks the check-in who attended. While no {@link AttendanceLookup} is there (the check-in is built
 * apart from printing), nobody counts as attended, so no certificate is issued by mistake.
 */
@Component
class Attendance {

    private final ObjectProvider<AttendanceLookup> lookup;

    Attendance(ObjectProvider<AttendanceLookup> lookup) {
        this.lookup = lookup;
    }

    boolean attended(long registrationId) {
        AttendanceLookup door = lookup.getIfAvailable();
        return door != null && door.attended(registrationId);
    }

    Set<Long> attendees(long congressId) {
        AttendanceLookup door = lookup.getIfAvailable();
        return door == null ? Set.of() : door.attendees(congressId);
    }
}
