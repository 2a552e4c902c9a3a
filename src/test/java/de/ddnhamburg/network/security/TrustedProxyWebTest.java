package de.ddnhamburg.network.security;

import static de.ddnhamburg.network.support.WebClient.location;
import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.support.TestClockConfig;
import de.ddnhamburg.network.support.TestMembers;
import de.ddnhamburg.network.support.WebClient;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind a trusted proxy (the test's own address is configured as one): the login throttle, the
 * security log and HSTS see the client and scheme the proxy forwards. The spoofed case, a header
 * from an address that is not a proxy, runs in LoginWebTest's context, where no proxy is set.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.security.proxy.trusted=127.0.0.1,::1", "app.security.login-throttle.address-threshold=3"})
@ActiveProfiles("test")
@Import({TestClockConfig.class, TestMembers.class})
class TrustedProxyWebTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_throttle_and_the_security_log_count_the_forwarded_client() {
        String blockedClient = "203.0.113.7";
        for (int i = 0; i < 3; i++) {
            new WebClient(port).login(unknown(), "wrong-" + i, TrustedProxyFilter.FORWARDED_FOR, blockedClient);
        }

        HttpResponse<String> sameClient =
                new WebClient(port).login(unknown(), "wrong", TrustedProxyFilter.FORWARDED_FOR, blockedClient);
        HttpResponse<String> otherClient =
                new WebClient(port).login(unknown(), "wrong", TrustedProxyFilter.FORWARDED_FOR, "198.51.100.20");

        assertThat(location(sameClient)).endsWith("/login?blocked");
        assertThat(location(otherClient)).endsWith("/login?error");
        assertThat(jdbc.queryForList(
                        "select client_address from audit_entry where action = 'LOGIN_FAILED'", String.class))
                .contains(blockedClient, "198.51.100.20")
                .doesNotContain("127.0.0.1");
    }

    @Test
    void hsts_is_sent_when_the_proxy_says_the_client_used_https() {
        HttpResponse<String> https = new WebClient(port).get("/login", TrustedProxyFilter.FORWARDED_PROTO, "https");
        HttpResponse<String> http = new WebClient(port).get("/login");

        assertThat(https.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static String unknown() {
        return "nobody." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
