package de.ddnhamburg.network.domain.congress;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statements the placement runs under the congress lock on every registration, each one round
 * trip, since the lock is held for their sum: all counters an operation needs in one query (the
 * congress's categories and the sessions named), the changed counters in one JDBC batch, and a new
 * registration's choices in one batch insert. Everything else goes through the repositories.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CongressPlacesStore {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CongressPlacesStore(
            JdbcTemplate jdbc, EntityManager entityManager, ApplicationEventPublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The counters of one operation on the locked congress. */
    CongressPlaces open(Congress locked) {
        return new CongressPlaces(locked, this);
    }

    record Rows(List<CategoryPlaces> categories, List<SessionSeats> sessions) {}

    /**
     * The categories of the congress (if asked for) and those of its sessions (all for {@code null}),
     * in one query.
     */
    Rows read(long congressId, boolean withCategories, @Nullable Collection<Long> sessionIds) {
        List<Object> arguments = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        if (withCategories) {
            parts.add("select 'C' as kind, id, cast(null as bigint) as slot_id, quota as lim, taken,"
                    + " case when approval_required then 'Y' else 'N' end as flag"
                    + " from ticket_category where congress_id = ?");
            arguments.add(congressId);
        }
        if (sessionIds == null || !sessionIds.isEmpty()) {
            String sessions =
                    "select 'S', id, slot_id, capacity, taken, case when status = 'CANCELLED' then 'Y' else 'N' end"
                            + " from congress_session where congress_id = ?";
            arguments.add(congressId);
            if (sessionIds != null) {
                sessions += " and id in (" + sessionIds.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")";
                arguments.addAll(sessionIds);
            }
            parts.add(sessions);
        }
        List<CategoryPlaces> categories = new ArrayList<>();
        List<SessionSeats> sessions = new ArrayList<>();
        if (parts.isEmpty()) {
            return new Rows(categories, sessions);
        }
        jdbc.query(
                String.join(" union all ", parts),
                rs -> {
                    long id = rs.getLong(2);
                    int limit = rs.getInt(4);
                    @Nullable Integer capacity = rs.wasNull() ? null : limit;
                    boolean flag = "Y".equals(rs.getString(6));
                    if ("C".equals(rs.getString(1))) {
                        categories.add(new CategoryPlaces(id, limit, rs.getInt(5), flag));
                    } else {
                        sessions.add(new SessionSeats(
                                id,
                                rs.getLong(3),
                                capacity,
                                rs.getInt(5),
                                flag ? SessionStatus.CANCELLED : SessionStatus.SCHEDULED));
                    }
                },
                arguments.toArray());
        return new Rows(categories, sessions);
    }

    /**
     * Writes the changed counters in one batch (after what Hibernate holds, so that the CHECKs see
     * the rows as they will be committed), congress first. The values are numbers, never text.
     */
    void write(List<CongressPlaces.Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        entityManager.flush();
        String[] statements = writes.stream()
                .map(write -> String.format(
                        Locale.ROOT,
                        "update %s set taken = %d where id = %d",
                        switch (write.kind()) {
                            case CONGRESS -> "congress";
                            case CATEGORY -> "ticket_category";
                            case SESSION -> "congress_session";
                        },
                        write.taken(),
                        write.id()))
                .toArray(String[]::new);
        jdbc.batchUpdate(statements);
    }

    /** Inserts a new registration's choices in one batch; they are not managed afterwards. */
    void insert(List<CongressSessionChoice> choices) {
        if (choices.isEmpty()) {
            return;
        }
        entityManager.flush();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate(
                "insert into congress_session_choice (version, created_at, updated_at, registration_id, slot_id,"
                        + " session_id, fallback_session_id, second_choice_session_id, status, waiting_position,"
                        + " chosen_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                choices,
                choices.size(),
                (statement, choice) -> {
                    statement.setTimestamp(1, now);
                    statement.setTimestamp(2, now);
                    statement.setLong(3, choice.getRegistrationId());
                    statement.setLong(4, choice.getSlotId());
                    statement.setLong(5, choice.getSessionId());
                    setLong(statement, 6, choice.getFallbackSessionId());
                    setLong(statement, 7, choice.getSecondChoiceSessionId());
                    statement.setString(8, choice.getStatus().name());
                    if (choice.getWaitingPosition() == null) {
                        statement.setNull(9, Types.INTEGER);
                    } else {
                        statement.setInt(9, choice.getWaitingPosition());
                    }
                    statement.setTimestamp(10, Timestamp.from(choice.getChosenAt()));
                });
    }

    private static void setLong(java.sql.PreparedStatement statement, int index, @Nullable Long value)
            throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    void announce(long congressId) {
        publisher.publishEvent(new CongressPlacesChanged(congressId));
    }
}
