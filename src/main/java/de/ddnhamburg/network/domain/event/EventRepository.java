package de.ddnhamburg.network.domain.event;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long> {

    /** {@code select ... for update}: whoever changes the seats of an event holds this lock first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = :id")
    Optional<Event> lockById(long id);

    List<Event> findByStatusAndEndsAtAfterOrderByStartsAtAsc(EventStatus status, Instant after);

    List<Event> findByStatusInAndEndsAtAfterOrderByStartsAtAsc(Collection<EventStatus> statuses, Instant after);

    List<Event> findByGroupIdInAndStatusInAndEndsAtAfter(
            Collection<Long> groupIds, Collection<EventStatus> statuses, Instant after);

    List<Event> findByStatusAndStartsAtBetween(EventStatus status, Instant from, Instant to);

    /** Events that ended in the window, for the mail the day after ({@link FollowUpReminders}). */
    List<Event> findByStatusAndEndsAtBetween(EventStatus status, Instant from, Instant to);

    /**
     * Writes the counted seats into the row, where a CHECK holds them within the capacities: the
     * database's own refusal should the counting ever be wrong. Not versioned on purpose, so that
     * registrations do not make an admin's open edit of the event stale.
     */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "update event set in_person_taken = :inPerson, online_taken = :online where id = :id",
            nativeQuery = true)
    int storeTakenSeats(long id, long inPerson, long online);
}
