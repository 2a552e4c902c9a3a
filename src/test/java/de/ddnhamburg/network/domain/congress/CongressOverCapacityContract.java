package de.ddnhamburg.network.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The one seat over a workshop's capacity (decision 011), on each database: two admins who give it
 * at the same moment to two people waiting for a full workshop seat exactly one of them, twenty
 * times over; and the CHECK refuses anything beyond it, also where the allowance is set.
 */
abstract class CongressOverCapacityContract {

    static final int ROUNDS = 20;

    @Autowired
    PlacementFixture fixture;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void two_admins_at_once_give_the_one_seat_over_the_capacity_to_exactly_one_person() throws Exception {
        long congress = fixture.congress(100);
        long category = fixture.category(congress, 100);
        for (int round = 0; round < ROUNDS; round++) {
            long slot = fixture.slot(congress, round + 1);
            long workshop = fixture.workshop(congress, slot, 2);
            for (int seated = 0; seated < 2; seated++) {
                fixture.register(congress, category, Instant.now(), new SessionWish(slot, workshop, null));
            }
            long first = fixture.register(congress, category, Instant.now(), new SessionWish(slot, workshop, null))
                    .id();
            long second = fixture.register(congress, category, Instant.now(), new SessionWish(slot, workshop, null))
                    .id();

            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> answers = new ArrayList<>();
            for (long waiting : List.of(first, second)) {
                answers.add(threads.submit(() -> {
                    start.await();
                    try {
                        fixture.on(
                                waiting,
                                (locked, registration) -> fixture.placement.seatNow(locked, registration, slot, true));
                        return true;
                    } catch (DomainException refused) {
                        assertThat(refused.getMessageKey()).isEqualTo("congress.desk.oneOverAlready");
                        return false;
                    }
                }));
            }
            start.countDown();
            int seated = 0;
            for (Future<Boolean> answer : answers) {
                seated += answer.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(seated).as("round %d", round).isOne();
            assertThat(fixture.taken("congress_session", workshop)).isEqualTo(3);
            assertThat(fixture.waitingForSession(workshop)).hasSize(1);
        }
        fixture.assertInvariants(congress);
    }

    @Test
    void the_database_holds_a_workshop_to_its_capacity_and_to_one_over_only_where_allowed() {
        long congress = fixture.congress(100);
        long workshop = fixture.workshop(congress, fixture.slot(congress, 1), 2);

        assertThatThrownBy(() -> fixture.jdbc.update("update congress_session set taken = 3 where id = ?", workshop))
                .isInstanceOf(DataIntegrityViolationException.class);
        fixture.jdbc.update("update congress_session set over_capacity = 1 where id = ?", workshop);
        fixture.jdbc.update("update congress_session set taken = 3 where id = ?", workshop);
        assertThatThrownBy(() -> fixture.jdbc.update("update congress_session set taken = 4 where id = ?", workshop))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() ->
                        fixture.jdbc.update("update congress_session set over_capacity = 2 where id = ?", workshop))
                .isInstanceOf(DataIntegrityViolationException.class);
        long open = fixture.workshop(congress, fixture.slot(congress, 2), null);
        assertThatThrownBy(
                        () -> fixture.jdbc.update("update congress_session set over_capacity = 1 where id = ?", open))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
