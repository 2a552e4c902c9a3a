package de.ddnhamburg.network.domain.congress.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.congress.DoorScenario;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two desks scan the same ticket at the same moment, a hundred times over, on each database:
 * every time exactly one checks the person in, and the other is told "already checked in" with
 * the winner's desk, never an error; one check-in row per registration.
 */
abstract class CheckInRaceContract {

    static final int ROUNDS = 100;

    @Autowired
    CheckInService checkIns;

    @Autowired
    DoorScenario scenario;

    @Autowired
    TestMembers members;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService desks = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() throws InterruptedException {
        desks.shutdownNow();
        desks.awaitTermination(10, TimeUnit.SECONDS);
        clock.reset();
    }

    @Test
    void two_desks_racing_for_the_same_ticket_check_it_in_exactly_once() throws Exception {
        clock.set(DoorScenario.DOORS_OPEN);
        long congressId = scenario.congressWithConfirmed(ROUNDS);
        List<String> codes = scenario.ticketCodes(congressId);
        LoginAccount helper = members.checkIn();
        LoginAccount admin = members.admin();

        for (String code : codes) {
            CyclicBarrier together = new CyclicBarrier(2);
            Future<CheckInResult> north = desks.submit(desk(helper, together, congressId, code, "Nord"));
            Future<CheckInResult> south = desks.submit(desk(admin, together, congressId, code, "Süd"));
            CheckInResult a = north.get(30, TimeUnit.SECONDS);
            CheckInResult b = south.get(30, TimeUnit.SECONDS);

            List<CheckInOutcome> outcomes = List.of(a.outcome(), b.outcome());
            assertThat(outcomes)
                    .as(code)
                    .containsExactlyInAnyOrder(CheckInOutcome.CHECKED_IN, CheckInOutcome.ALREADY_CHECKED_IN);
            CheckInResult winner = a.outcome() == CheckInOutcome.CHECKED_IN ? a : b;
            CheckInResult loser = winner == a ? b : a;
            assertThat(Objects.requireNonNull(loser.checkIn()).desk())
                    .isEqualTo(Objects.requireNonNull(winner.checkIn()).desk());
            assertThat(loser.checkIn().id()).isEqualTo(winner.checkIn().id());
        }

        assertThat(jdbc.queryForObject(
                        "select count(*) from congress_check_in where congress_id = ?", Long.class, congressId))
                .isEqualTo(ROUNDS);
        assertThat(jdbc.queryForObject(
                        "select count(distinct active_registration_id) from congress_check_in where congress_id = ?",
                        Long.class,
                        congressId))
                .isEqualTo(ROUNDS);
        SecurityTestSupport.signIn(admin);
        try {
            assertThat(checkIns.count(congressId)).isEqualTo(new CheckInCount(ROUNDS, ROUNDS));
        } finally {
            SecurityTestSupport.signOut();
        }
    }

    private Callable<CheckInResult> desk(
            LoginAccount account, CyclicBarrier together, long congressId, String code, String desk) {
        return () -> {
            SecurityTestSupport.signIn(account);
            try {
                together.await(10, TimeUnit.SECONDS);
                return checkIns.checkInTicket(congressId, code, desk);
            } finally {
                SecurityTestSupport.signOut();
            }
        };
    }
}
