package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.NotFoundException;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the event's row lock for a member's registration together with what the registration must
 * read under it: the member's earlier registration for the event, and the last place on the
 * waiting list of the kind asked for. Every round trip under the lock costs throughput
 * ({@code PostgresRegistrationBenchmark}): the lock holder mostly waits for the application's next
 * statement, and on a loaded machine each one waits for a core.
 *
 * <p>On PostgreSQL the event is read before the lock, and the lock and both look-ups go in one
 * round trip: three statements sent together (pgjdbc sends a multi-statement query with one
 * Sync). They must stay three statements and not become one (a CTE, a lateral subquery): in READ
 * COMMITTED a statement that waited for the lock still reads other rows as of its start, so a
 * single statement would miss the registration the previous lock holder just committed and hand out
 * its waiting place again; each of the later statements takes its snapshot after the lock is held.
 * The lock returns the row's version and seat counters: the seats are taken from them, and if the
 * event was changed between the read and the lock (an organiser's edit raises the version), it is
 * read again, under the lock. An earlier registration, which is rare (a double submit, a return
 * after cancelling), is loaded in one more round trip.
 *
 * <p>On H2 (one node, a development database) the lock reads the event as {@link SeatAllocation#lock}
 * does and the look-ups follow as statements of their own.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RegistrationLock {

    /** The locked event and what the registration read under the lock. */
    record Locked(Event event, Optional<EventRegistration> existing, OptionalInt lastWaitingPosition) {}

    private static final String LOCK_AND_LOOK_UP = """
            select version, in_person_taken, online_taken from event where id = ? for update;
            select id from event_registration where event_id = ? and member_id = ?;
            select coalesce((select waiting_position from event_registration where event_id = ? and seat_kind = ?
              and status = 'WAITLISTED' order by waiting_position desc limit 1), 0)""";

    private final SeatAllocation seats;
    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private volatile @Nullable Boolean postgres;

    RegistrationLock(
            SeatAllocation seats,
            EventRepository events,
            EventRegistrationRepository registrations,
            JdbcTemplate jdbc,
            EntityManager entityManager) {
        this.seats = seats;
        this.events = events;
        this.registrations = registrations;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** Locks the event for the member's registration for a seat of that kind. */
    Locked lock(long eventId, long memberId, SeatKind kind) {
        if (!postgres()) {
            Event event = seats.lock(eventId);
            return new Locked(event, registrations.findByEventIdAndMemberId(eventId, memberId), OptionalInt.empty());
        }
        // Read before the lock: nothing else in this transaction has read it (see SeatAllocation#lock).
        Event event = events.findById(eventId).orElseThrow(NotFoundException::new);
        Row row = Objects.requireNonNull(jdbc.execute(
                (ConnectionCallback<Row>) connection -> lockAndLookUp(connection, eventId, memberId, kind)));
        if (!row.found()) {
            throw new NotFoundException();
        }
        if (row.version() != event.getVersion()) {
            entityManager.refresh(event);
        }
        event.takenStored(row.inPersonTaken(), row.onlineTaken());
        Optional<EventRegistration> existing =
                row.existingId() == null ? Optional.empty() : registrations.findById(row.existingId());
        return new Locked(event, existing, OptionalInt.of(row.lastWaitingPosition()));
    }

    private record Row(
            boolean found,
            long version,
            int inPersonTaken,
            int onlineTaken,
            @Nullable Long existingId,
            int lastWaitingPosition) {}

    private static Row lockAndLookUp(Connection connection, long eventId, long memberId, SeatKind kind)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK_AND_LOOK_UP)) {
            statement.setLong(1, eventId);
            statement.setLong(2, eventId);
            statement.setLong(3, memberId);
            statement.setLong(4, eventId);
            statement.setString(5, kind.name());
            statement.execute();
            boolean found;
            long version = 0;
            int inPerson = 0;
            int online = 0;
            try (ResultSet locked = statement.getResultSet()) {
                found = locked.next();
                if (found) {
                    version = locked.getLong(1);
                    inPerson = locked.getInt(2);
                    online = locked.getInt(3);
                }
            }
            statement.getMoreResults();
            Long existing = null;
            try (ResultSet earlier = statement.getResultSet()) {
                if (earlier.next()) {
                    existing = earlier.getLong(1);
                }
            }
            statement.getMoreResults();
            int last;
            try (ResultSet waiting = statement.getResultSet()) {
                waiting.next();
                last = waiting.getInt(1);
            }
            return new Row(found, version, inPerson, online, existing, last);
        }
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Objects.requireNonNull(jdbc.execute((ConnectionCallback<Boolean>)
                    connection -> "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())));
            postgres = known;
        }
        return known;
    }
}
