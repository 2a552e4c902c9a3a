package de.ddnhamburg.network.security;

import static de.ddnhamburg.network.support.WebClient.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.Application;
import de.ddnhamburg.network.domain.common.AnonymousForm;
import de.ddnhamburg.network.domain.common.ClientLimits;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberAdministrationService;
import de.ddnhamburg.network.domain.member.MemberProvisioning;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.domain.member.NewMember;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestPostgres;
import de.ddnhamburg.network.support.WebClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Issue 12, point 9: two nodes (two application contexts, each with its own web server and memory)
 * on one PostgreSQL database, as behind a load balancer. What one node counts, the other enforces:
 * the login throttle and the limits of the anonymous forms; and what one node does to a member's
 * rights ends the member's session on the other.
 */
class PostgresTwoNodesTest {

    private static final String PASSWORD = "ein langes Passwort für zwei Knoten";

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        TestPostgres.Database database = TestPostgres.freshDatabase();
        nodeA = node(database);
        nodeB = node(database);
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void login_failures_counted_on_one_node_delay_the_next_attempt_on_the_other() {
        LoginThrottle a = nodeA.getBean(LoginThrottle.class);
        LoginThrottle b = nodeB.getBean(LoginThrottle.class);
        String account = Contacts.uniqueEmail("geraten");

        for (int i = 0; i < 3; i++) {
            a.recordFailure(account, "198.51.100.31");
        }

        assertThat(b.remainingDelay(account, "203.0.113.31"))
                .as("the account's failures on node A")
                .isPositive();
        assertThat(b.remainingDelay(Contacts.uniqueEmail("anderes"), "203.0.113.31"))
                .isZero();

        // A success on node B resets the account for node A too.
        b.recordSuccess(account);
        assertThat(a.remainingDelay(account, "203.0.113.32")).isZero();
    }

    @Test
    void failures_from_one_client_address_spread_over_both_nodes_add_up() {
        LoginThrottle a = nodeA.getBean(LoginThrottle.class);
        LoginThrottle b = nodeB.getBean(LoginThrottle.class);

        for (int i = 0; i < 3; i++) {
            a.recordFailure(Contacts.uniqueEmail("a" + i), "198.51.100.40");
            b.recordFailure(Contacts.uniqueEmail("b" + i), "198.51.100.40");
        }

        assertThat(a.remainingDelay(Contacts.uniqueEmail("neu"), "198.51.100.40"))
                .as("6 failures from the address, 5 allowed, counted on two nodes")
                .isPositive();
    }

    @Test
    void a_form_allowance_used_up_on_one_node_is_used_up_on_the_other() {
        ClientLimits a = nodeA.getBean(ClientLimits.class);
        ClientLimits b = nodeB.getBean(ClientLimits.class);
        comingFrom("203.0.113.50");

        a.acquire(AnonymousForm.JOIN);
        b.acquire(AnonymousForm.JOIN);
        a.acquire(AnonymousForm.JOIN);

        assertThatThrownBy(() -> b.acquire(AnonymousForm.JOIN))
                .isInstanceOf(DomainException.class)
                .hasMessage("form.tooManyFromAddress");
        assertThatThrownBy(() -> a.acquire(AnonymousForm.JOIN)).isInstanceOf(DomainException.class);
        // Another form, and another client, have allowances of their own.
        b.acquire(AnonymousForm.PASSWORD_RESET);
        comingFrom("203.0.113.51");
        a.acquire(AnonymousForm.JOIN);
    }

    @Test
    void concurrent_submits_on_both_nodes_take_exactly_the_allowance() throws Exception {
        List<ClientLimits> nodes = List.of(nodeA.getBean(ClientLimits.class), nodeB.getBean(ClientLimits.class));
        int submits = 16;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < submits; i++) {
            ClientLimits node = nodes.get(i % 2);
            threads.add(Thread.ofPlatform().start(() -> {
                comingFrom("203.0.113.60");
                try {
                    start.await();
                    node.acquire(AnonymousForm.GUEST_REGISTRATION);
                    accepted.incrementAndGet();
                } catch (DomainException e) {
                    refused.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    RequestContextHolder.resetRequestAttributes();
                }
            }));
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join(60_000);
        }

        assertThat(accepted.get())
                .as("the allowance of 3, first bucket insert raced by both nodes")
                .isEqualTo(3);
        assertThat(refused.get()).isEqualTo(submits - 3);
    }

    @Test
    void suspending_a_member_on_one_node_signs_out_their_session_on_the_other() {
        LoginAccount member = account(nodeB, "petra", Set.of(Roles.MEMBER));
        LoginAccount admin = account(nodeB, "anton", Set.of(Roles.MEMBER, Roles.ADMIN));
        WebClient browserOnA = new WebClient(port(nodeA));
        assertThat(location(browserOnA.login(member.email(), PASSWORD))).endsWith("/start");
        assertThat(browserOnA.get("/profil").statusCode()).isEqualTo(200);

        SecurityTestSupport.signIn(admin);
        try {
            nodeB.getBean(MemberAdministrationService.class).suspend(member.memberId());
        } finally {
            SecurityTestSupport.signOut();
        }

        HttpResponse<String> next = browserOnA.get("/profil");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next)).contains("/login");
    }

    private static LoginAccount account(ConfigurableApplicationContext node, String name, Set<String> roles) {
        MemberProvisioning provisioning = node.getBean(MemberProvisioning.class);
        String email = Contacts.uniqueEmail(name);
        provisioning.createActive(
                new NewMember(email, name, "Knoten", "Testorganisation", Set.of(), roles),
                provisioning.encodePassword(PASSWORD));
        return node.getBean(MemberService.class).findLoginAccount(email).orElseThrow();
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(Objects.requireNonNull(node.getEnvironment().getProperty("local.server.port")));
    }

    private static void comingFrom(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static ConfigurableApplicationContext node(TestPostgres.Database database) {
        // As arguments, so that they win over the test profile's properties.
        List<String> arguments = List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--server.port=0",
                "--app.security.login-throttle.account-threshold=3",
                "--app.security.login-throttle.address-threshold=5",
                "--app.security.form-limits.per-address=3");
        return new SpringApplicationBuilder(Application.class).profiles("test").run(arguments.toArray(String[]::new));
    }
}
