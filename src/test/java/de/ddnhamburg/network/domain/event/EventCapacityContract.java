package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.HeldRowLock;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Capacity under load on each database: 200 members register at once for 50 in-person seats, each
 * thread signed in as its member. Exactly 50 get a seat, 150 wait at positions 1..150; cancellations,
 * one by one and at once, promote the waiting in order and leave no gap. Guests take seats through
 * the same mechanism: 100 members and 100 guests racing for 50 seats share them and one waiting list.
 * Registrations queued behind the lock are placed several per lock, in order, and a double submit
 * among them (refused by the unique key inside the batch) costs the others nothing.
 */
abstract class EventCapacityContract {

    private static final int MEMBERS = 200;
    private static final int SEATS = 50;

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    GuestRegistrationService guests;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    @AfterEach
    void cleanUp() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        SecurityTestSupport.signOut();
    }

    @Test
    void two_hundred_simultaneous_registrations_for_fifty_seats_and_cancellations_promote_in_order() throws Exception {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, SEATS, null));
        List<LoginAccount> members = Events.bulkMembers(jdbc, MEMBERS);
        assertThat(members).hasSize(MEMBERS);

        List<RegistrationSummary> views = all(members, member -> registrations.register(eventId, SeatKind.IN_PERSON));

        assertThat(views)
                .filteredOn(view -> view.status() == RegistrationStatus.CONFIRMED)
                .hasSize(SEATS);
        assertThat(views)
                .filteredOn(view -> view.status() == RegistrationStatus.WAITLISTED)
                .extracting(RegistrationSummary::waitingPosition)
                .containsExactlyInAnyOrderElementsOf(range(MEMBERS - SEATS));
        assertTable(eventId, SEATS, MEMBERS - SEATS);
        // A second wave of the same submits changes nothing.
        assertThat(all(members, member -> registrations.register(eventId, SeatKind.IN_PERSON)))
                .containsExactlyInAnyOrderElementsOf(views);
        assertTable(eventId, SEATS, MEMBERS - SEATS);

        // One by one: each freed seat goes to whoever is first, everyone else moves up by one.
        Map<Long, LoginAccount> byRegistration = new HashMap<>();
        for (int i = 0; i < MEMBERS; i++) {
            byRegistration.put(views.get(i).id(), members.get(i));
        }
        List<Long> confirmed = views.stream()
                .filter(view -> view.status() == RegistrationStatus.CONFIRMED)
                .map(RegistrationSummary::id)
                .toList();
        for (int round = 0; round < 5; round++) {
            List<Long> before = waitingInOrder(eventId);
            long leaving = confirmed.get(round);
            Acting.run(byRegistration.get(leaving), () -> registrations.cancel(leaving));
            assertThat(status(before.getFirst())).isEqualTo("CONFIRMED");
            assertThat(waitingInOrder(eventId)).isEqualTo(before.subList(1, before.size()));
            assertTable(eventId, SEATS, before.size() - 1);
        }

        // At once: 20 leave their seats and 10 leave the waiting list; the first 20 remaining waiting get the seats.
        List<Long> before = waitingInOrder(eventId);
        List<Long> leavingSeats = confirmed.subList(5, 25);
        List<Long> leavingList = List.of(
                before.get(30),
                before.get(40),
                before.get(50),
                before.get(60),
                before.get(70),
                before.get(80),
                before.get(90),
                before.get(100),
                before.get(110),
                before.get(120));
        List<Long> leaving = new ArrayList<>(leavingSeats);
        leaving.addAll(leavingList);
        List<Future<RegistrationSummary>> cancelling = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (long registrationId : leaving) {
            cancelling.add(threads.submit(() -> {
                go.await(10, TimeUnit.SECONDS);
                return Acting.as(byRegistration.get(registrationId), () -> registrations.cancel(registrationId));
            }));
        }
        go.countDown();
        for (Future<RegistrationSummary> result : cancelling) {
            assertThat(result.get(120, TimeUnit.SECONDS).status()).isEqualTo(RegistrationStatus.CANCELLED);
        }

        // Those leaving the list stand behind the first 20, so whatever the interleaving, the seats
        // go to exactly the first 20, and the rest keep their order.
        List<Long> stillWaiting = new ArrayList<>(before);
        stillWaiting.removeAll(leavingList);
        for (long promoted : before.subList(0, 20)) {
            assertThat(status(promoted)).isEqualTo("CONFIRMED");
        }
        List<Long> after = waitingInOrder(eventId);
        assertThat(after).isEqualTo(stillWaiting.subList(20, stillWaiting.size()));
        assertTable(eventId, SEATS, after.size());

        // One who gave up a seat comes back: the same row, now at the end of the waiting list, with
        // a confirmation mail of its own (on PostgreSQL the earlier row is found with the lock).
        long returning = confirmed.getFirst();
        RegistrationSummary again =
                Acting.as(byRegistration.get(returning), () -> registrations.register(eventId, SeatKind.IN_PERSON));
        assertThat(again.id()).isEqualTo(returning);
        assertThat(again.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(again.waitingPosition()).isEqualTo(after.size() + 1);
        assertTable(eventId, SEATS, after.size() + 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_mail where fact_key like ?",
                        Integer.class,
                        "event.registered:" + returning + ":%"))
                .as("the first registration's mail and the return's")
                .isEqualTo(2);
    }

    @Test
    void a_hundred_members_and_a_hundred_guests_racing_for_fifty_seats_share_them_and_the_waiting_list()
            throws Exception {
        long eventId = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, SEATS, null)
                        .withAudience(EventAudience.PUBLIC, null, java.util.Set.of(), true));
        List<LoginAccount> members = Events.bulkMembers(jdbc, 100);
        String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            LoginAccount member = members.get(i);
            String guest = "racer" + i + "." + marker + "@example.org";
            futures.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return Acting.as(member, () -> registrations.register(eventId, SeatKind.IN_PERSON));
            }));
            futures.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                guests.register(
                        eventId,
                        new GuestRegistrationRequest(
                                "Gast " + guest, guest, null, null, true, java.util.Locale.GERMAN));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(120, TimeUnit.SECONDS);
        }

        assertTable(eventId, SEATS, 200 - SEATS);
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_registration where event_id = ? and member_id is null",
                        Integer.class,
                        eventId))
                .isEqualTo(100);
    }

    @Test
    void registrations_queued_behind_the_lock_are_placed_in_order_and_a_double_submit_among_them_fails_no_one()
            throws Exception {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 5, null));
        List<LoginAccount> members = Events.bulkMembers(jdbc, 12);
        // Another transaction holds the event's row lock until every submit has read what it needs
        // and queued, so that they are placed together, up to 20 under one lock.
        HeldRowLock held = HeldRowLock.hold(transactions, jdbc, "event", eventId);
        // The first two members submit twice at once: the second submit's row is refused by the
        // unique key inside the batch, which must cost the others nothing.
        List<LoginAccount> submitting = new ArrayList<>(members);
        submitting.add(members.get(0));
        submitting.add(members.get(1));
        List<Future<RegistrationSummary>> answers = new ArrayList<>();
        for (LoginAccount member : submitting) {
            answers.add(threads.submit(
                    () -> Acting.as(member, () -> registrations.register(eventId, SeatKind.IN_PERSON))));
        }
        Thread.sleep(1_500);
        held.release();

        List<RegistrationSummary> views = new ArrayList<>();
        for (Future<RegistrationSummary> answer : answers) {
            views.add(answer.get(60, TimeUnit.SECONDS));
        }
        assertThat(views.get(12).id()).isEqualTo(views.get(0).id());
        assertThat(views.get(13).id()).isEqualTo(views.get(1).id());
        assertThat(views.subList(0, 12).stream().map(RegistrationSummary::id).distinct())
                .hasSize(12);
        assertTable(eventId, 5, 7);
        // In order of placement: rows are numbered as they are inserted, and whoever was placed
        // later waits further back.
        List<Long> waiting = waitingInOrder(eventId);
        assertThat(waiting).isSorted();
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_registration r join outbox_mail m"
                                + " on m.fact_key = 'event.registered:' || r.id || ':' || r.version"
                                + " where r.event_id = ?",
                        Integer.class,
                        eventId))
                .as("one confirmation or waiting-list mail per registration")
                .isEqualTo(12);
    }

    private TransactionTemplate writing() {
        return new TransactionTemplate(transactions);
    }

    private <T> List<T> all(List<LoginAccount> members, java.util.function.Function<LoginAccount, T> action)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (LoginAccount member : members) {
            futures.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return Acting.as(member, () -> action.apply(member));
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        return results;
    }

    /** Confirmed count, the waiting positions 1..n without gaps, and the counter the CHECK guards. */
    private void assertTable(long eventId, int confirmed, int waiting) {
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_registration where event_id = ? and status = 'CONFIRMED'",
                        Integer.class,
                        eventId))
                .isEqualTo(confirmed);
        assertThat(jdbc.queryForList(
                        "select waiting_position from event_registration where event_id = ?"
                                + " and status = 'WAITLISTED' order by waiting_position",
                        Integer.class,
                        eventId))
                .isEqualTo(range(waiting));
        assertThat(jdbc.queryForObject("select in_person_taken from event where id = ?", Integer.class, eventId))
                .isEqualTo(confirmed);
    }

    private List<Long> waitingInOrder(long eventId) {
        return jdbc
                .queryForList(
                        "select id from event_registration where event_id = ? and status = 'WAITLISTED'"
                                + " order by waiting_position",
                        Long.class,
                        eventId)
                .stream()
                .map(id -> Objects.requireNonNull(id, "a primary key is never null"))
                .toList();
    }

    private @Nullable String status(long registrationId) {
        return jdbc.queryForObject("select status from event_registration where id = ?", String.class, registrationId);
    }

    private static List<Integer> range(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }
}
