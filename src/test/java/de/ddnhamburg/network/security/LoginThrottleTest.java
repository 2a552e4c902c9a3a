package de.ddnhamburg.network.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The throttle's rules, on its database counters (shared by all nodes; the two-node test is
 * {@link PostgresTwoNodesTest}). Own thresholds: 3 per account, 5 per client address.
 * Addresses are unique per test, since the database is shared.
 */
@IntegrationTest
class LoginThrottleTest {

    @Autowired
    ClientCounters counters;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private LoginThrottle throttle() {
        return new LoginThrottle(
                new LoginThrottleProperties(
                        3, 5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(4)),
                clock,
                counters);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void keys_are_bounded_in_length_and_forgotten_once_they_delay_nobody() {
        LoginThrottle throttle = throttle();
        String marker = Contacts.uniqueEmail("x").substring(2, 10);
        String huge = marker + "a".repeat(100_000) + "@example.org";
        fail(throttle, huge, ip(), 3);
        // Cut to the longest possible address: a near-identical huge address counts as the same.
        assertThat(throttle.remainingDelay(marker + "a".repeat(100_000) + "@other.example", ip()))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select max(length(counter_key)) from client_counter where counter_key like ?",
                        Integer.class,
                        "login-account:" + marker + "%"))
                .isLessThanOrEqualTo(LoginThrottle.MAX_KEY_LENGTH + "login-account:".length());

        // Window (15 min) and the longest delay (4 min) later, the job forgets the count.
        clock.advance(Duration.ofMinutes(20));
        counters.forgetExpired();
        assertThat(jdbc.queryForObject(
                        "select count(*) from client_counter where counter_key like ?",
                        Integer.class,
                        "login-account:" + marker + "%"))
                .isZero();
    }

    @Test
    void attempts_below_the_threshold_are_not_delayed() {
        LoginThrottle throttle = throttle();
        String anna = Contacts.uniqueEmail("anna");
        String address = ip();
        fail(throttle, anna, address, 2);

        assertThat(throttle.remainingDelay(anna, address)).isZero();
    }

    @Test
    void delay_starts_at_the_threshold_and_doubles_with_each_further_failure_up_to_the_maximum() {
        LoginThrottle throttle = throttle();
        String bert = Contacts.uniqueEmail("bert");
        String address = ip();
        String elsewhere = ip();
        fail(throttle, bert, address, 3);
        assertThat(throttle.remainingDelay(bert, elsewhere)).isEqualTo(Duration.ofSeconds(30));

        fail(throttle, bert, address, 1);
        assertThat(throttle.remainingDelay(bert, elsewhere)).isEqualTo(Duration.ofSeconds(60));

        fail(throttle, bert, ip(), 5);
        assertThat(throttle.remainingDelay(bert, elsewhere)).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void the_delay_runs_out() {
        LoginThrottle throttle = throttle();
        String carla = Contacts.uniqueEmail("carla");
        String address = ip();
        fail(throttle, carla, address, 3);

        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.remainingDelay(carla, address)).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.remainingDelay(carla, address)).isZero();
    }

    @Test
    void accounts_are_matched_regardless_of_spelling() {
        LoginThrottle throttle = throttle();
        String dora = Contacts.uniqueEmail("dora");
        fail(throttle, " " + dora.toUpperCase(java.util.Locale.ROOT) + " ", ip(), 3);

        assertThat(throttle.remainingDelay(dora, ip())).isPositive();
    }

    @Test
    void many_accounts_from_one_address_throttle_that_address_but_not_the_accounts_elsewhere() {
        LoginThrottle throttle = throttle();
        String address = ip();
        String first = Contacts.uniqueEmail("user");
        throttle.recordFailure(first, address);
        for (int i = 1; i < 5; i++) {
            throttle.recordFailure(Contacts.uniqueEmail("user" + i), address);
        }

        assertThat(throttle.remainingDelay(Contacts.uniqueEmail("someone.new"), address))
                .isPositive();
        assertThat(throttle.remainingDelay(first, ip())).isZero();
    }

    @Test
    void success_resets_the_account_count() {
        LoginThrottle throttle = throttle();
        String emil = Contacts.uniqueEmail("emil");
        fail(throttle, emil, ip(), 2);
        throttle.recordSuccess(emil);
        String address = ip();
        fail(throttle, emil, address, 2);

        assertThat(throttle.remainingDelay(emil, address)).isZero();
    }

    @Test
    void failures_older_than_the_window_no_longer_count() {
        LoginThrottle throttle = throttle();
        String frida = Contacts.uniqueEmail("frida");
        String address = ip();
        fail(throttle, frida, address, 2);
        clock.advance(Duration.ofMinutes(16));
        fail(throttle, frida, address, 2);

        assertThat(throttle.remainingDelay(frida, address)).isZero();
    }

    private static void fail(LoginThrottle throttle, String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(email, address);
        }
    }

    /** A client address no other test uses: random, in the IPv6 documentation prefix. */
    private static String ip() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + "::"
                + Integer.toHexString(random.nextInt(0x10000));
    }
}
