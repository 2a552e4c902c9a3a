package de.ddnhamburg.network.security;

import static de.ddnhamburg.network.support.WebClient.location;
import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberAdministrationService;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import de.ddnhamburg.network.support.WebClient;
import de.ddnhamburg.network.support.WebTest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real login form over HTTP: what Karibu cannot see. All requests come from 127.0.0.1, so the
 * per-address threshold is raised here; LoginThrottleTest covers it.
 */
@WebTest
class LoginWebTest {

    @LocalServerPort
    int port;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MemberAdministrationService administration;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    WebClient browser;

    @BeforeEach
    void setUp() {
        browser = new WebClient(port);
    }

    @Test
    void correct_password_logs_in_and_lands_on_the_member_start_page() {
        testMembers.member();
        browser.get("/login");

        HttpResponse<String> response = browser.login(TestMembers.MEMBER, TestMembers.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/start");
        assertThat(browser.get("/start").statusCode()).isEqualTo(200);
    }

    @Test
    void e_mail_is_matched_regardless_of_case_and_spaces() {
        testMembers.member();

        HttpResponse<String> response =
                browser.login("  " + TestMembers.MEMBER.toUpperCase(Locale.ROOT) + " ", TestMembers.PASSWORD);

        assertThat(location(response)).endsWith("/start");
    }

    @Test
    void wrong_password_and_unknown_e_mail_get_the_same_answer() {
        testMembers.ensure("wrong.password@example.org", "Wanda", "Wrong", Set.of(Roles.MEMBER));

        HttpResponse<String> wrongPassword = browser.login("wrong.password@example.org", "not-the-password-at-all");
        HttpResponse<String> unknownEmail =
                new WebClient(port).login("nobody-here@example.org", "not-the-password-at-all");

        assertThat(wrongPassword.statusCode()).isEqualTo(302).isEqualTo(unknownEmail.statusCode());
        assertThat(location(wrongPassword)).endsWith("/login?error").isEqualTo(location(unknownEmail));
        assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
    }

    @Test
    void session_id_changes_at_login_and_the_old_one_is_not_signed_in() {
        testMembers.member();
        browser.get("/login");
        String before = browser.sessionId().orElseThrow();

        browser.login(TestMembers.MEMBER, TestMembers.PASSWORD);
        String after = browser.sessionId().orElseThrow();

        assertThat(after).isNotEqualTo(before);
        WebClient attacker = new WebClient(port);
        attacker.useSessionId(before);
        HttpResponse<String> response = attacker.get("/verwaltung");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login");
    }

    @Test
    void repeated_failures_throttle_the_account_even_for_the_correct_password() {
        String email = "throttled.member@example.org";
        testMembers.ensure(email, "Theo", "Throttled", Set.of(Roles.MEMBER));

        for (int i = 0; i < 5; i++) {
            assertThat(location(browser.login(email, "wrong-password-" + i))).endsWith("/login?error");
        }
        HttpResponse<String> correct = browser.login(email, TestMembers.PASSWORD);

        assertThat(location(correct)).endsWith("/login?blocked");
        assertThat(browser.get("/start").statusCode()).isEqualTo(302);
    }

    @Test
    void throttling_an_unknown_address_looks_the_same_as_a_known_one() {
        for (int i = 0; i < 6; i++) {
            browser.login("never-registered@example.org", "wrong-password-" + i);
        }
        assertThat(location(browser.login("never-registered@example.org", "another-guess")))
                .endsWith("/login?blocked");
    }

    @Test
    void success_resets_the_failure_count() {
        String email = "forgetful.member@example.org";
        testMembers.ensure(email, "Frida", "Forgetful", Set.of(Roles.MEMBER));
        for (int i = 0; i < 4; i++) {
            browser.login(email, "wrong-password-" + i);
        }
        assertThat(location(browser.login(email, TestMembers.PASSWORD))).endsWith("/start");

        WebClient later = new WebClient(port);
        for (int i = 0; i < 4; i++) {
            assertThat(location(later.login(email, "wrong-again-" + i))).endsWith("/login?error");
        }
        assertThat(location(later.login(email, TestMembers.PASSWORD))).endsWith("/start");
    }

    @Test
    void suspending_a_member_ends_their_open_session_at_once() {
        LoginAccount member =
                testMembers.ensure("soon.suspended@example.org", "Susanne", "Suspended", Set.of(Roles.MEMBER));
        assertThat(location(browser.login(member.email(), TestMembers.PASSWORD)))
                .endsWith("/start");
        assertThat(browser.get("/start").statusCode()).isEqualTo(200);

        SecurityTestSupport.signIn(testMembers.admin());
        try {
            administration.suspend(member.memberId());
        } finally {
            SecurityTestSupport.signOut();
        }

        HttpResponse<String> next = browser.get("/start");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next)).contains("/login");
        assertThat(location(browser.login(member.email(), TestMembers.PASSWORD)))
                .endsWith("/login?error");
    }

    @Test
    void responses_carry_security_headers() {
        for (String path : new String[] {"/", "/login"}) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Permissions-Policy"))
                    .hasValueSatisfying(value -> assertThat(value).contains("camera=()", "geolocation=()"));
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(value -> assertThat(value)
                            .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                            .contains("connect-src 'self';")
                            .doesNotContain("ws:", "wss:"));
            assertThat(response.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        }
    }

    @Test
    void forwarded_headers_from_an_address_that_is_no_configured_proxy_are_ignored() {
        // No proxy is configured in this context: a client writing the headers itself changes nothing.
        String email = "spoofer." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> response =
                browser.get("/login", "X-Forwarded-For", "203.0.113.99", "X-Forwarded-Proto", "https");
        browser.login(email, "wrong-password", "X-Forwarded-For", "203.0.113.99");

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(jdbc.queryForList(
                        "select client_address from audit_entry where action = 'LOGIN_FAILED' and actor = ?",
                        String.class,
                        email))
                .hasSize(1)
                .doesNotContain("203.0.113.99");
    }

    @Test
    void no_h2_console_is_served() {
        // Without the console the path is just an unknown address, rendered by Vaadin's 404 view.
        HttpResponse<String> response = browser.get("/h2-console/login.jsp");
        assertThat(response.body()).doesNotContainIgnoringCase("H2 Console").doesNotContain("jdbc:h2");
    }

    @Test
    void unknown_address_reaches_vaadin_not_a_login_prompt() {
        // Vaadin serves its page with 200 and renders the translated 404 view in it; the browser
        // test and ErrorViewsTest check what the user then sees.
        HttpResponse<String> response = browser.get("/diese/seite/gibt/es/nicht");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Exception", "at de.ddnhamburg");
    }

    @Test
    void member_pages_send_guests_to_the_login() {
        HttpResponse<String> response = browser.get("/verwaltung");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login");
    }
}
