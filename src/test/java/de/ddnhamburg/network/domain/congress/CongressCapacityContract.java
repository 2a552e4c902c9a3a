package de.ddnhamburg.network.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.congress.PlacementFixture.Registered;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The congress's places under load, on each database: 1,000 registrations at once for 300 places,
 * with a category quota of 20 and two slots of three workshops (20, 25 and 30 seats), each with a
 * second choice. Exactly the capacities are taken, the waiting lists have positions 1..n in order
 * of arrival, every request is answered and stored, and nobody deadlocks; then cancellations and
 * changes of workshop race each other, and the invariants still hold.
 */
abstract class CongressCapacityContract {

    static final int REQUESTS = 1_000;
    static final int CAPACITY = 300;
    static final int PARTNER_QUOTA = 20;
    static final int[] WORKSHOP_SEATS = {20, 25, 30};

    @Autowired
    PlacementFixture fixture;

    @Autowired
    MemberCongressRegistrationService members;

    @Autowired
    CongressGuestRegistrationService guests;

    @Autowired
    MutableClock clock;

    private final ExecutorService threads = Executors.newFixedThreadPool(32);

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        clock.reset();
    }

    /**
     * Through the member's registration service, where registrations that wait for the lock are
     * placed several under one lock: 200 members at once for 60 places, categories of 50, 50 and
     * 10, workshops of 5, 6 and 7 seats, ten of them submitting twice; every member answered (a
     * second submit with the first registration), capacities exact, lines 1..n in order of arrival.
     */
    @Test
    void registrations_placed_several_under_one_lock_keep_the_capacities_and_the_order_of_arrival() throws Exception {
        clock.set(PlacementFixture.START.minus(Duration.ofDays(10)));
        long congress = fixture.congress(60);
        long members = fixture.category(congress, 50);
        long guests = fixture.category(congress, 50);
        long partners = fixture.category(congress, 10);
        long slot = fixture.slot(congress, 1);
        long[] workshops = new long[3];
        for (int w = 0; w < 3; w++) {
            workshops[w] = fixture.workshop(congress, slot, 5 + w);
        }
        List<LoginAccount> people = Events.bulkMembers(fixture.jdbc, 200);
        List<Callable<RegistrationDetails>> submits = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            long category = i % 5 == 0 ? partners : i % 2 == 0 ? members : guests;
            SessionPick pick = new SessionPick(slot, workshops[i % 3], workshops[(i + 1) % 3]);
            RegistrationRequest request = request(congress, category, List.of(pick));
            LoginAccount person = people.get(i);
            submits.add(() -> Acting.as(person, () -> this.members.register(request)));
            if (i % 20 == 0) {
                // A second submit, in the same batch or the next: refused alone, the others placed.
                submits.add(() -> Acting.as(person, () -> this.members.register(request)));
            }
        }

        List<RegistrationDetails> answers = all(submits);

        assertThat(answers).hasSize(210);
        assertThat(answers.stream().filter(RegistrationDetails::existing)).hasSize(10);
        assertThat(answers.stream().map(RegistrationDetails::id).distinct()).hasSize(200);
        assertThat(fixture.taken("congress", congress)).isEqualTo(60);
        assertThat(fixture.taken("ticket_category", partners)).isEqualTo(10);
        for (int w = 0; w < 3; w++) {
            assertThat(fixture.taken("congress_session", workshops[w])).isEqualTo(5 + w);
        }
        fixture.assertInvariants(congress);
        assertArrivalOrder(congress, members, guests, partners);
        assertThat(fixture.jdbc.queryForObject(
                        "select count(*) from outbox_mail where template in ('congressConfirmed', 'congressWaitlisted')"
                                + " and recipient in (select email from congress_registration where congress_id = ?)",
                        Long.class,
                        congress))
                .isEqualTo(200);
    }

    /** The same for a guest: looked up before the lock, the unique key refuses a racing second row. */
    @Test
    void a_guest_submitting_eight_times_at_once_gets_one_registration() throws Exception {
        clock.set(PlacementFixture.START.minus(Duration.ofDays(10)));
        long congress = fixture.congress(10);
        long category = fixture.category(congress, 10);
        String email = "gast-" + UUID.randomUUID() + "@example.org";
        RegistrationRequest request = new RegistrationRequest(
                congress,
                category,
                null,
                "Gast",
                "Doppelt",
                email,
                null,
                List.of(),
                RegistrationAnswers.none(),
                new BillingAddress(null, null, null, null),
                true,
                Locale.GERMAN);
        List<Callable<Boolean>> submits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            submits.add(() -> {
                guests.register(request);
                return true;
            });
        }

        assertThat(all(submits)).hasSize(8);

        assertThat(count("select count(*) from congress_registration where congress_id = ?", congress))
                .isEqualTo(1);
        assertThat(fixture.taken("congress", congress)).isEqualTo(1);
        assertThat(fixture.jdbc.queryForObject(
                        "select count(*) from outbox_mail where recipient = ? and template = 'congressGuestConfirm'",
                        Long.class,
                        email))
                .isBetween(1L, 8L);
        fixture.assertInvariants(congress);
    }

    private static RegistrationRequest request(long congress, long category, List<SessionPick> picks) {
        return new RegistrationRequest(
                congress,
                category,
                null,
                "Viele",
                "Zugleich",
                null,
                null,
                picks,
                RegistrationAnswers.none(),
                new BillingAddress(null, null, null, null),
                true,
                Locale.GERMAN);
    }

    /**
     * Submitting twice is harmless also when the submits race: the registration service looks for
     * the member's registration before the lock, and under it leaves a second row to the unique key.
     */
    @Test
    void a_member_submitting_eight_times_at_once_gets_one_registration_and_one_mail() throws Exception {
        clock.set(PlacementFixture.START.minus(Duration.ofDays(10)));
        long congress = fixture.congress(10);
        long category = fixture.category(congress, 10);
        LoginAccount member = Events.bulkMembers(fixture.jdbc, 1).getFirst();
        RegistrationRequest request = request(congress, category, List.of());
        List<Callable<RegistrationDetails>> submits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            submits.add(() -> Acting.as(member, () -> members.register(request)));
        }

        List<RegistrationDetails> answers = all(submits);

        assertThat(answers.stream().map(RegistrationDetails::id).distinct()).hasSize(1);
        assertThat(answers.stream().filter(answer -> !answer.existing())).hasSize(1);
        assertThat(answers).allMatch(answer -> answer.status() == CongressRegistrationStatus.CONFIRMED);
        assertThat(count("select count(*) from congress_registration where congress_id = ?", congress))
                .isEqualTo(1);
        assertThat(fixture.taken("congress", congress)).isEqualTo(1);
        assertThat(fixture.taken("ticket_category", category)).isEqualTo(1);
        assertThat(fixture.jdbc.queryForObject(
                        "select count(*) from outbox_mail where recipient = ?", Long.class, member.email()))
                .isEqualTo(1);
        fixture.assertInvariants(congress);
    }

    @Test
    void a_thousand_registrations_at_once_for_three_hundred_places_take_exactly_the_capacities() throws Exception {
        long congress = fixture.congress(CAPACITY);
        long members = fixture.category(congress, 250);
        long guests = fixture.category(congress, 250);
        long partners = fixture.category(congress, PARTNER_QUOTA);
        long[] slots = {fixture.slot(congress, 1), fixture.slot(congress, 2)};
        long[][] workshops = new long[2][3];
        for (int s = 0; s < 2; s++) {
            for (int w = 0; w < 3; w++) {
                workshops[s][w] = fixture.workshop(congress, slots[s], WORKSHOP_SEATS[w]);
            }
        }

        List<Callable<Registered>> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long category = i % 5 == 0 ? partners : i % 2 == 0 ? members : guests;
            int first = i % 3;
            int second = (i + 1) % 3;
            List<SessionWish> wishes = List.of(
                    new SessionWish(slots[0], workshops[0][first], workshops[0][second]),
                    new SessionWish(slots[1], workshops[1][second], i % 2 == 0 ? null : workshops[1][first]));
            requests.add(() -> fixture.register(congress, category, wishes, Hold.confirmed(), Instant.now()));
        }
        List<Registered> answers = all(requests);

        // Every request answered, every registration stored.
        assertThat(answers).hasSize(REQUESTS);
        assertThat(answers.stream().map(Registered::id).distinct()).hasSize(REQUESTS);
        assertThat(count("select count(*) from congress_registration where congress_id = ?", congress))
                .isEqualTo(REQUESTS);
        // Exactly the capacities: the congress, the partners' quota, every workshop.
        assertThat(fixture.taken("congress", congress)).isEqualTo(CAPACITY);
        assertThat(fixture.taken("ticket_category", partners)).isEqualTo(PARTNER_QUOTA);
        for (int s = 0; s < 2; s++) {
            for (int w = 0; w < 3; w++) {
                assertThat(fixture.taken("congress_session", workshops[s][w])).isEqualTo(WORKSHOP_SEATS[w]);
            }
        }
        fixture.assertInvariants(congress);
        assertArrivalOrder(congress, members, guests, partners);

        // Second wave: 60 placed registrations cancel while 60 others change a workshop.
        List<Long> placed = ids(
                "select id from congress_registration where congress_id = ? and status = 'CONFIRMED' order by id",
                congress);
        List<Callable<Moves>> changes = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long registration = placed.get(i * 2);
            if (i % 2 == 0) {
                changes.add(() ->
                        fixture.on(registration, (locked, r) -> fixture.placement.cancel(locked, r, Instant.now())));
            } else {
                SessionWish wish = new SessionWish(slots[0], workshops[0][i % 3], workshops[0][(i + 2) % 3]);
                changes.add(() -> fixture.on(
                        registration, (locked, r) -> fixture.placement.changeWish(locked, r, wish, Instant.now())));
            }
        }
        assertThat(all(changes)).hasSize(120);

        // Freed places went to the waiting (of whichever category arrived first), freed seats too.
        assertThat(fixture.taken("congress", congress)).isEqualTo(CAPACITY);
        assertThat(fixture.taken("ticket_category", partners)).isLessThanOrEqualTo(PARTNER_QUOTA);
        for (int s = 0; s < 2; s++) {
            for (int w = 0; w < 3; w++) {
                assertThat(fixture.taken("congress_session", workshops[s][w])).isEqualTo(WORKSHOP_SEATS[w]);
            }
        }
        fixture.assertInvariants(congress);
    }

    /**
     * Positions follow arrival (the id, given under the lock): within each waiting list, and across
     * categories that still had quota, nobody placed arrived after someone who waits.
     */
    private void assertArrivalOrder(long congress, long members, long guests, long partners) {
        for (long category : new long[] {members, guests, partners}) {
            List<Long> waiting = fixture.waitingFor(category);
            assertThat(waiting).isSortedAccordingTo(Comparator.naturalOrder());
        }
        for (long session :
                ids("select id from congress_session where congress_id = ? and capacity is not null", congress)) {
            List<Long> waiting = fixture.waitingForSession(session);
            assertThat(waiting).isNotEmpty().isSortedAccordingTo(Comparator.naturalOrder());
        }
        long lastPlaced = count(
                "select max(id) from congress_registration where congress_id = ? and category_id <> " + partners
                        + " and status = 'CONFIRMED'",
                congress);
        long firstWaiting = count(
                "select min(id) from congress_registration where congress_id = ? and category_id <> " + partners
                        + " and status = 'WAITLISTED'",
                congress);
        assertThat(lastPlaced).isLessThan(firstWaiting);
    }

    private <T> List<T> all(List<Callable<T>> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : work) {
            futures.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        return results;
    }

    private long count(String sql, long id) {
        Long value = fixture.jdbc.queryForObject(sql, Long.class, id);
        return value == null ? 0 : value;
    }

    private List<Long> ids(String sql, long id) {
        return fixture.jdbc.query(sql, (rs, row) -> rs.getLong(1), id);
    }
}
