package de.ddnhamburg.network.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.Application;
import de.ddnhamburg.network.domain.congress.checkin.CongressCheckInsChanged;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventProvisioning;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.RegistrationStatus;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberProvisioning;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.domain.member.NewMember;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.TestPostgres;
import de.ddnhamburg.network.ui.congress.checkin.CheckInBroadcaster;
import de.ddnhamburg.network.ui.event.SeatsBroadcaster;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13, point 5: two nodes (two application contexts, each with its own broadcasters and open
 * pages) on one PostgreSQL database. A change committed on one node reaches the pages listening on
 * the other, once, and only when it committed; the listening connection comes back after it was cut.
 */
class PostgresClusterNotificationsTest {

    private static final String PASSWORD = "ein langes Passwort für zwei Knoten";

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws InterruptedException {
        TestPostgres.Database database = TestPostgres.freshDatabase();
        nodeA = node(database);
        nodeB = node(database);
        awaitListening(nodeA);
        awaitListening(nodeB);
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void a_seat_taken_on_node_b_updates_the_event_page_open_on_node_a_once() throws Exception {
        // Members act on node B: the node started last installed Vaadin's security context
        // strategy, which the signed-in test user is set through (as in PostgresTwoNodesTest).
        LoginAccount admin = account(nodeB, "anna", Set.of(Roles.MEMBER, Roles.ADMIN));
        LoginAccount member = account(nodeB, "bernd", Set.of(Roles.MEMBER));
        long eventId = event(nodeB, admin);
        long otherEventId = event(nodeB, admin);
        Counted pageOnA = new Counted();
        Counted otherPageOnA = new Counted();
        Counted pageOnB = new Counted();
        nodeA.getBean(SeatsBroadcaster.class).register(eventId, change -> pageOnA.tell());
        nodeA.getBean(SeatsBroadcaster.class).register(otherEventId, change -> otherPageOnA.tell());
        nodeB.getBean(SeatsBroadcaster.class).register(eventId, change -> pageOnB.tell());

        var registration = Acting.as(
                member, () -> nodeB.getBean(EventRegistrationService.class).register(eventId, SeatKind.IN_PERSON));
        assertThat(registration.status()).isEqualTo(RegistrationStatus.CONFIRMED);

        assertThat(pageOnA.first.await(10, TimeUnit.SECONDS))
                .as("the page on node A hears of the seat taken on node B")
                .isTrue();
        assertThat(pageOnB.first.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(otherPageOnA.count.get())
                .as("a page of another event hears nothing")
                .isZero();
        // A later change on the other event, in a later transaction, arrives after the first; by then
        // any repetition of the first would have arrived too.
        Acting.run(
                member, () -> nodeB.getBean(EventRegistrationService.class).register(otherEventId, SeatKind.IN_PERSON));
        assertThat(otherPageOnA.first.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pageOnA.count.get()).as("told once on node A").isEqualTo(1);
        assertThat(pageOnB.count.get())
                .as("told once on node B: its own notification comes back and is ignored")
                .isEqualTo(1);
    }

    @Test
    void a_check_in_rolled_back_is_never_announced_to_the_other_node() throws Exception {
        long rolledBack = 900_001;
        long committed = 900_002;
        Counted rolledBackOnB = new Counted();
        Counted committedOnB = new Counted();
        nodeB.getBean(CheckInBroadcaster.class).register(rolledBack, rolledBackOnB::tell);
        nodeB.getBean(CheckInBroadcaster.class).register(committed, committedOnB::tell);
        TransactionTemplate transaction = new TransactionTemplate(nodeA.getBean(PlatformTransactionManager.class));

        transaction.executeWithoutResult(status -> {
            nodeA.publishEvent(new CongressCheckInsChanged(rolledBack));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> nodeA.publishEvent(new CongressCheckInsChanged(committed)));

        assertThat(committedOnB.first.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(rolledBackOnB.count.get())
                .as("notifications arrive in commit order: a rolled-back one would have come first")
                .isZero();
    }

    @Test
    void node_b_listens_again_after_its_connection_was_cut() throws Exception {
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        String listenerOfB =
                "ddn-listener-" + nodeB.getBean(ClusterNode.class).id().substring(0, 8);
        Integer before = jdbc.queryForObject(
                "select pid from pg_stat_activity where application_name = ?", Integer.class, listenerOfB);

        jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, before);

        long congressId = 900_003;
        Counted pageOnB = new Counted();
        nodeB.getBean(CheckInBroadcaster.class).register(congressId, pageOnB::tell);
        TransactionTemplate transaction = new TransactionTemplate(nodeA.getBean(PlatformTransactionManager.class));
        // Changes while B reconnects are lost (documented); keep changing until B hears one.
        for (int attempt = 0; attempt < 40 && pageOnB.count.get() == 0; attempt++) {
            transaction.executeWithoutResult(status -> nodeA.publishEvent(new CongressCheckInsChanged(congressId)));
            pageOnB.first.await(500, TimeUnit.MILLISECONDS);
        }

        assertThat(pageOnB.count.get()).as("heard after reconnecting").isPositive();
        List<Integer> after = jdbc.query(
                "select pid from pg_stat_activity where application_name = ?", (row, n) -> row.getInt(1), listenerOfB);
        assertThat(after).hasSize(1).doesNotContain(before);
    }

    private static final class Counted {
        final CountDownLatch first = new CountDownLatch(1);
        final AtomicInteger count = new AtomicInteger();

        void tell() {
            count.incrementAndGet();
            first.countDown();
        }
    }

    private static long event(ConfigurableApplicationContext node, LoginAccount admin) {
        Clock clock = node.getBean(Clock.class);
        return Acting.as(
                admin,
                () -> node.getBean(EventProvisioning.class)
                        .createPublished(Events.draft(clock, EventFormat.IN_PERSON, 10, null)));
    }

    private static LoginAccount account(ConfigurableApplicationContext node, String name, Set<String> roles) {
        MemberProvisioning provisioning = node.getBean(MemberProvisioning.class);
        String email = Contacts.uniqueEmail(name);
        provisioning.createActive(
                new NewMember(email, name, "Knoten", "Testorganisation", Set.of(), roles),
                provisioning.encodePassword(PASSWORD));
        return node.getBean(MemberService.class).findLoginAccount(email).orElseThrow();
    }

    private static void awaitListening(ConfigurableApplicationContext node) throws InterruptedException {
        ClusterListener listener = node.getBean(ClusterListener.class);
        for (int i = 0; i < 100 && !listener.listening(); i++) {
            Thread.sleep(100);
        }
        assertThat(listener.listening()).as("the node listens").isTrue();
    }

    private static ConfigurableApplicationContext node(TestPostgres.Database database) {
        // As arguments, so that they win over the test profile's properties.
        List<String> arguments = List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--server.port=0");
        return new SpringApplicationBuilder(Application.class).profiles("test").run(arguments.toArray(String[]::new));
    }
}
