package de.ddnhamburg.network.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds congresses with categories and workshops, and calls the placement as its callers do: in
 * a transaction of its own, congress locked first. Checks the capacity invariants from the tables.
 */
@Component
class PlacementFixture {

    static final Instant START = Instant.parse("2027-03-01T08:00:00Z");

    final CongressPlacement placement;
    final CongressRepository congresses;
    final TicketCategoryRepository categories;
    final CongressSlotRepository slots;
    final CongressRoomRepository rooms;
    final CongressSessionRepository sessions;
    final CongressRegistrationRepository registrations;
    final CongressSessionChoiceRepository choices;
    final JdbcTemplate jdbc;
    final TransactionTemplate transaction;

    PlacementFixture(
            CongressPlacement placement,
            CongressRepository congresses,
            TicketCategoryRepository categories,
            CongressSlotRepository slots,
            CongressRoomRepository rooms,
            CongressSessionRepository sessions,
            CongressRegistrationRepository registrations,
            CongressSessionChoiceRepository choices,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.placement = placement;
        this.congresses = congresses;
        this.categories = categories;
        this.slots = slots;
        this.rooms = rooms;
        this.sessions = sessions;
        this.registrations = registrations;
        this.choices = choices;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    <T> T inTransaction(Function<Congress, T> work, long congressId) {
        return Objects.requireNonNull(transaction.execute(status -> work.apply(placement.lock(congressId))));
    }

    long congress(int capacity) {
        Congress congress = new Congress("Fachkongress " + UUID.randomUUID(), LocalDate.of(2027, 3, 1), 1, capacity);
        congress.setRegistrationWindow(START.minusSeconds(86_400 * 30), START);
        congress.setCancellationDeadline(START);
        congress.setStatus(CongressStatus.PUBLISHED);
        return congresses.saveAndFlush(congress).id();
    }

    long category(long congressId, int quota) {
        return category(congressId, quota, false);
    }

    long category(long congressId, int quota, boolean approval) {
        TicketCategory category = new TicketCategory(
                congressId, "Kategorie " + UUID.randomUUID().toString().substring(0, 8), BigDecimal.ZERO, 0, quota);
        category.setApprovalRequired(approval);
        return categories.saveAndFlush(category).id();
    }

    long slot(long congressId, int number) {
        return slots.saveAndFlush(new CongressSlot(
                        congressId, 1, START.plusSeconds(3_600L * number), START.plusSeconds(3_600L * number + 3_000)))
                .id();
    }

    long workshop(long congressId, long slotId, @Nullable Integer capacity) {
        long roomId = rooms.saveAndFlush(new CongressRoom(
                        congressId, "Raum " + UUID.randomUUID().toString().substring(0, 8), 100))
                .id();
        CongressSession session = new CongressSession(
                congressId,
                slotId,
                roomId,
                capacity == null ? SessionType.FORUM : SessionType.WORKSHOP,
                "Workshop " + UUID.randomUUID().toString().substring(0, 8));
        session.setCapacity(capacity);
        return sessions.saveAndFlush(session).id();
    }

    record Registered(long id, Moves moves) {}

    Registered register(long congressId, long categoryId, List<SessionWish> wishes, Hold hold, Instant now) {
        // As a registration service would: the category (who may choose it) is read before the
        // lock; the placement reads its counters again under the lock.
        return Objects.requireNonNull(transaction.execute(status -> {
            TicketCategory category = categories.findById(categoryId).orElseThrow();
            String email = "p" + UUID.randomUUID() + "@example.org";
            CongressRegistration registration = CongressRegistration.forGuest(
                    congressId, categoryId, email, UUID.randomUUID().toString());
            registration.setPerson("Vorname", "Nachname", null);
            Congress locked = placement.lock(congressId);
            Moves moves = placement.register(locked, registration, category, wishes, hold, now);
            return new Registered(registration.id(), moves);
        }));
    }

    Registered register(long congressId, long categoryId, Instant now, SessionWish... wishes) {
        return register(congressId, categoryId, List.of(wishes), Hold.confirmed(), now);
    }

    Moves on(long registrationId, Operation operation) {
        long congressId = registrations.findById(registrationId).orElseThrow().getCongressId();
        return inTransaction(
                locked -> operation.apply(
                        locked, registrations.findById(registrationId).orElseThrow()),
                congressId);
    }

    interface Operation {
        Moves apply(Congress locked, CongressRegistration registration);
    }

    Moves fill(long congressId) {
        return inTransaction(placement::fill, congressId);
    }

    String status(long registrationId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select status from congress_registration where id = ?", String.class, registrationId));
    }

    @Nullable
    Integer position(long registrationId) {
        return jdbc.queryForObject(
                "select waiting_position from congress_registration where id = ?", Integer.class, registrationId);
    }

    record Choice(
            long sessionId,
            String status,
            @Nullable Integer position,
            @Nullable Long fallback) {}

    @Nullable
    Choice choice(long registrationId, long slotId) {
        List<Choice> found = jdbc.query(
                "select session_id, status, waiting_position, fallback_session_id from congress_session_choice"
                        + " where registration_id = ? and slot_id = ?",
                (rs, row) -> new Choice(
                        rs.getLong(1),
                        rs.getString(2),
                        (Integer) rs.getObject(3),
                        rs.getObject(4) == null ? null : rs.getLong(4)),
                registrationId,
                slotId);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Registration ids waiting for the category, in list order. */
    List<Long> waitingFor(long categoryId) {
        return jdbc.query(
                "select id from congress_registration where category_id = ? and status = 'WAITLISTED'"
                        + " order by waiting_position",
                (rs, row) -> rs.getLong(1),
                categoryId);
    }

    /** Registration ids waiting for the session, in list order. */
    List<Long> waitingForSession(long sessionId) {
        return jdbc.query(
                "select registration_id from congress_session_choice where session_id = ? and status = 'WAITLISTED'"
                        + " order by waiting_position",
                (rs, row) -> rs.getLong(1),
                sessionId);
    }

    int taken(String table, long id) {
        return Objects.requireNonNull(
                jdbc.queryForObject("select taken from " + table + " where id = ?", Integer.class, id));
    }

    /**
     * The counters equal what the rows hold, and every waiting list has positions 1..n: the congress
     * and each category count the registrations holding a place, each session its seated choices and
     * the second-choice seats held for it.
     */
    void assertInvariants(long congressId) {
        assertThat(taken("congress", congressId))
                .isEqualTo(count(
                        "select count(*) from congress_registration where congress_id = ?"
                                + " and status in ('CONFIRMED', 'UNCONFIRMED', 'AWAITING_APPROVAL')",
                        congressId));
        for (long categoryId : ids("select id from ticket_category where congress_id = ?", congressId)) {
            assertThat(taken("ticket_category", categoryId))
                    .as("category %d", categoryId)
                    .isEqualTo(count(
                            "select count(*) from congress_registration where category_id = ?"
                                    + " and status in ('CONFIRMED', 'UNCONFIRMED', 'AWAITING_APPROVAL')",
                            categoryId));
            assertGapless(
                    "select waiting_position from congress_registration where category_id = ?"
                            + " and status = 'WAITLISTED' order by waiting_position",
                    categoryId);
        }
        for (long sessionId : ids("select id from congress_session where congress_id = ?", congressId)) {
            assertThat(taken("congress_session", sessionId))
                    .as("session %d", sessionId)
                    .isEqualTo(count(
                                    "select count(*) from congress_session_choice where session_id = ? and status = 'SEATED'",
                                    sessionId)
                            + count(
                                    "select count(*) from congress_session_choice where fallback_session_id = ?",
                                    sessionId));
            assertGapless(
                    "select waiting_position from congress_session_choice where session_id = ?"
                            + " and status = 'WAITLISTED' order by waiting_position",
                    sessionId);
        }
        // Wishes of registrations without a place are pending; placed ones are not.
        assertThat(count(
                        "select count(*) from congress_session_choice c join congress_registration r on r.id = c.registration_id"
                                + " where r.congress_id = ? and ((r.status = 'WAITLISTED') <> (c.status = 'PENDING')"
                                + " or r.status = 'CANCELLED')",
                        congressId))
                .isZero();
    }

    private void assertGapless(String sql, long id) {
        List<Integer> positions = jdbc.query(sql, (rs, row) -> rs.getInt(1), id);
        assertThat(positions)
                .isEqualTo(IntStream.rangeClosed(1, positions.size()).boxed().toList());
    }

    private int count(String sql, long id) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Integer.class, id));
    }

    private List<Long> ids(String sql, long id) {
        return jdbc.query(sql, (rs, row) -> rs.getLong(1), id);
    }
}
