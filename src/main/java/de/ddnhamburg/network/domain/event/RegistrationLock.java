package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.LockBatches;
import de.ddnhamburg.network.domain.common.NotFoundException;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Members' registrations for one event, several under one lock ({@link LockBatches}, as the
 * congress does; decision 011): registrations that arrive while another holds the event's row lock
 * queue in this JVM, and the next to go places up to {@value #MOST} of them in one transaction: one
 * lock, one read of the seat counters and the ends of the waiting lists, then each registration's
 * row and mail in order of arrival, one write of the counters, one commit. Every round trip and
 * every hand-over of the lock costs throughput ({@code PostgresRegistrationBenchmark}): the lock
 * holder mostly waits for the application's next statement, and on a loaded machine each one waits
 * for a core.
 *
 * <p>On PostgreSQL the event is read before the lock, and the lock and the ends of both waiting
 * lists go in one round trip: two statements sent together (pgjdbc sends a multi-statement query
 * with one Sync). They must stay two statements and not become one (a CTE, a lateral subquery): in
 * READ COMMITTED a statement that waited for the lock still reads other rows as of its start, so a
 * single statement would miss the registrations the previous lock holder just committed and hand
 * out their waiting places again; the second statement takes its snapshot after the lock is held.
 * The lock returns the row's version and seat counters: the seats are taken from them, and if the
 * event was changed between the read and the lock (an organiser's edit raises the version), it is
 * read again, under the lock.
 *
 * <p>On H2 (one node, a development database) the lock reads the event as {@link SeatAllocation#lock}
 * does, and the end of a waiting list is read when first needed.
 */
@Component
class RegistrationLock {

    /** The most registrations per lock, as for the congress. */
    static final int MOST = 20;

    /** The locked event and its seats, which the registrations of a batch share. */
    record Locked(Event event, SeatAllocation.Seats seats) {}

    private static final String LOCK_AND_LOOK_UP = """
            select version, in_person_taken, online_taken from event where id = ? for update;
            select coalesce((select waiting_position from event_registration where event_id = ? and seat_kind = 'IN_PERSON'
                and status = 'WAITLISTED' order by waiting_position desc limit 1), 0),
              coalesce((select waiting_position from event_registration where event_id = ? and seat_kind = 'ONLINE'
                and status = 'WAITLISTED' order by waiting_position desc limit 1), 0)""";

    private final SeatAllocation seats;
    private final EventRepository events;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final LockBatches<Locked> batches;
    private volatile @Nullable Boolean postgres;

    RegistrationLock(
            SeatAllocation seats,
            EventRepository events,
            JdbcTemplate jdbc,
            EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.seats = seats;
        this.events = events;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.batches = new LockBatches<>(transactions, MOST, new LockBatches.Lock<>() {
            @Override
            public Locked open(long eventId) {
                return lock(eventId);
            }

            @Override
            public void close(Locked locked) {
                locked.seats().store();
            }
        });
    }

    /**
     * Places the work in the next batch for the event, in a transaction of the batch's own, and
     * answers with its result (or its exception); the work runs on whichever thread places the batch.
     */
    <T> T place(long eventId, LockBatches.Work<Locked, T> work) {
        return batches.place(eventId, work);
    }

    /** Locks the event in the batch's transaction. */
    private Locked lock(long eventId) {
        if (!postgres()) {
            Event event = seats.lock(eventId);
            return new Locked(event, seats.open(event, OptionalInt.empty(), OptionalInt.empty()));
        }
        // Read before the lock: nothing else in this transaction has read it (see SeatAllocation#lock).
        Event event = events.findById(eventId).orElseThrow(NotFoundException::new);
        Row row = Objects.requireNonNull(
                jdbc.execute((ConnectionCallback<Row>) connection -> lockAndLookUp(connection, eventId)));
        if (!row.found()) {
            throw new NotFoundException();
        }
        if (row.version() != event.getVersion()) {
            entityManager.refresh(event);
        }
        event.takenStored(row.inPersonTaken(), row.onlineTaken());
        return new Locked(
                event, seats.open(event, OptionalInt.of(row.lastInPerson()), OptionalInt.of(row.lastOnline())));
    }

    private record Row(
            boolean found, long version, int inPersonTaken, int onlineTaken, int lastInPerson, int lastOnline) {}

    private static Row lockAndLookUp(Connection connection, long eventId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK_AND_LOOK_UP)) {
            statement.setLong(1, eventId);
            statement.setLong(2, eventId);
            statement.setLong(3, eventId);
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
            try (ResultSet waiting = statement.getResultSet()) {
                waiting.next();
                return new Row(found, version, inPerson, online, waiting.getInt(1), waiting.getInt(2));
            }
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
