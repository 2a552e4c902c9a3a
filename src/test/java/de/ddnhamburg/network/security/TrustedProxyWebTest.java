package de.ddnhamburg.network.security;

import static de.ddnhamburg.network.support.WebClient.location;
import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.WebClient;
import de.ddnhamburg.network.support.WebTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Behind a trusted proxy ({@link WebTest#PROXY}, the address this test connects from): the login
 * throttle, the security log and HSTS see the client and scheme the proxy forwards. The spoofed
 * case, a header from an address that is not a proxy, is LoginWebTest's (it connects from
 * {@code localhost}). Runs in the web tests' shared context rather than one of its own with a
 * lower address threshold: the forwarded client starts three failures short of the threshold.
 */
@WebTest
class TrustedProxyWebTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoginThrottleProperties throttle;

    @Autowired
    MutableClock clock;

    private final List<String> triedEmails = new ArrayList<>();

    @Test
    void the_throttle_and_the_security_log_count_the_forwarded_client() {
        String blockedClient = "203.0.113.7";
        String otherClient = "198.51.100.20";
        failedEarlier(blockedClient, throttle.addressThreshold() - 3);
        for (int i = 0; i < 3; i++) {
            proxy().login(unknown(), "wrong-" + i, TrustedProxyFilter.FORWARDED_FOR, blockedClient);
        }

        HttpResponse<String> sameClient =
                proxy().login(unknown(), "wrong", TrustedProxyFilter.FORWARDED_FOR, blockedClient);
        HttpResponse<String> otherClientsTry =
                proxy().login(unknown(), "wrong", TrustedProxyFilter.FORWARDED_FOR, otherClient);

        assertThat(location(sameClient)).endsWith("/login?blocked");
        assertThat(location(otherClientsTry)).endsWith("/login?error");
        assertThat(jdbc.queryForList(
                        "select client_address from audit_entry where action = 'LOGIN_FAILED' and actor in ("
                                + String.join(",", Collections.nCopies(triedEmails.size(), "?")) + ")",
                        String.class,
                        triedEmails.toArray()))
                .contains(blockedClient, otherClient)
                .doesNotContain(WebTest.PROXY, "127.0.0.1");
    }

    @Test
    void hsts_is_sent_when_the_proxy_says_the_client_used_https() {
        HttpResponse<String> https = proxy().get("/login", TrustedProxyFilter.FORWARDED_PROTO, "https");
        HttpResponse<String> http = proxy().get("/login");

        assertThat(https.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private WebClient proxy() {
        return WebClient.fromAddress(port, WebTest.PROXY);
    }

    private String unknown() {
        String email = "nobody." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        triedEmails.add(email);
        return email;
    }

    /** The client's failures so far, as the throttle counts them (one counter row per client address). */
    private void failedEarlier(String client, int failures) {
        long now = clock.millis();
        jdbc.update(
                "insert into client_counter (counter_key, amount, touched_at, expires_at) values (?, ?, ?, ?)",
                LoginThrottle.addressKey(client),
                failures,
                now,
                now + 3_600_000);
    }
}
