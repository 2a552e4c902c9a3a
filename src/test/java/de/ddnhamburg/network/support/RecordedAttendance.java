package de.ddnhamburg.network.support;

import de.ddnhamburg.network.domain.congress.AttendanceLookup;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Who attended, as the tests of certificates say, standing in for the check-in at the door (which
 * implements {@link AttendanceLookup} in the application). Primary, so that these tests decide
 * attendance themselves even where the check-in's own implementation is in the context.
 */
@Component
@Primary
public class RecordedAttendance implements AttendanceLookup {

    /** Registration id to congress id. */
    private final Map<Long, Long> present = new ConcurrentHashMap<>();

    public void checkIn(long congressId, long registrationId) {
        present.put(registrationId, congressId);
    }

    @Override
    public boolean attended(long registrationId) {
        return present.containsKey(registrationId);
    }

    @Override
    public Set<Long> attendees(long congressId) {
        return present.entrySet().stream()
                .filter(entry -> entry.getValue() == congressId)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
