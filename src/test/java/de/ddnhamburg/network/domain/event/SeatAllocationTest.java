package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.TestMembers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The seat counters of the locked event stay exact over several seat changes in one transaction. */
@IntegrationTest
class SeatAllocationTest {

    @Autowired
    SeatAllocation seats;

    @Autowired
    EventService events;

    @Autowired
    TestMembers testMembers;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void a_second_seat_change_in_the_same_transaction_counts_the_first() {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 1, null));
        List<LoginAccount> people =
                List.of(Groups.member(testMembers, "Erste", "Person"), Groups.member(testMembers, "Zweite", "Person"));

        List<RegistrationStatus> statuses = new TransactionTemplate(transactions).execute(status -> {
            Event locked = seats.lock(eventId);
            return people.stream()
                    .map(person -> seats.take(
                                    locked,
                                    new EventRegistration(eventId, person.memberId()),
                                    SeatKind.IN_PERSON,
                                    clock.instant())
                            .getStatus())
                    .toList();
        });

        // Counting from the row as first read would have given both the one seat.
        assertThat(statuses).containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
        assertThat(jdbc.queryForObject("select in_person_taken from event where id = ?", Integer.class, eventId))
                .isOne();
    }
}
