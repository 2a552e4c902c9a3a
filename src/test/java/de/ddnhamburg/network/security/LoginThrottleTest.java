package de.ddnhamburg.network.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(3, 5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(4)),
            clock);

    @Test
    void keys_are_bounded_in_length_and_number() {
        String huge = "a".repeat(100_000) + "@example.org";
        fail(huge, "198.51.100.77", 3);
        // Cut to the longest possible address: a near-identical huge address counts as the same.
        assertThat(throttle.remainingDelay("a".repeat(100_000) + "@other.example", "198.51.100.78"))
                .isPositive();

        for (int i = 0; i < LoginThrottle.MAX_KEYS + 500; i++) {
            throttle.recordFailure("flood" + i + "@example.org", "203.0.113." + (i % 200));
        }
        assertThat(throttle.trackedKeys()).isLessThanOrEqualTo(LoginThrottle.MAX_KEYS + 201);
        // The account that is being delayed is still delayed.
        assertThat(throttle.remainingDelay(huge, "198.51.100.79")).isPositive();
    }

    @Test
    void attempts_below_the_threshold_are_not_delayed() {
        fail("anna@example.org", "198.51.100.1", 2);

        assertThat(throttle.remainingDelay("anna@example.org", "198.51.100.1")).isZero();
    }

    @Test
    void delay_starts_at_the_threshold_and_doubles_with_each_further_failure_up_to_the_maximum() {
        fail("bert@example.org", "198.51.100.2", 3);
        assertThat(throttle.remainingDelay("bert@example.org", "198.51.100.9")).isEqualTo(Duration.ofSeconds(30));

        fail("bert@example.org", "198.51.100.2", 1);
        assertThat(throttle.remainingDelay("bert@example.org", "198.51.100.9")).isEqualTo(Duration.ofSeconds(60));

        fail("bert@example.org", "198.51.100.2", 5);
        assertThat(throttle.remainingDelay("bert@example.org", "198.51.100.9")).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void the_delay_runs_out() {
        fail("carla@example.org", "198.51.100.3", 3);

        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.remainingDelay("carla@example.org", "198.51.100.3")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.remainingDelay("carla@example.org", "198.51.100.3")).isZero();
    }

    @Test
    void accounts_are_matched_regardless_of_spelling() {
        fail("Dora@Example.org ", "198.51.100.4", 3);

        assertThat(throttle.remainingDelay("dora@example.org", "203.0.113.4")).isPositive();
    }

    @Test
    void many_accounts_from_one_address_throttle_that_address_but_not_the_accounts_elsewhere() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("user" + i + "@example.org", "198.51.100.5");
        }

        assertThat(throttle.remainingDelay("someone.new@example.org", "198.51.100.5"))
                .isPositive();
        assertThat(throttle.remainingDelay("user1@example.org", "203.0.113.5")).isZero();
    }

    @Test
    void success_resets_the_account_count() {
        fail("emil@example.org", "198.51.100.6", 2);
        throttle.recordSuccess("emil@example.org");
        fail("emil@example.org", "198.51.100.7", 2);

        assertThat(throttle.remainingDelay("emil@example.org", "198.51.100.7")).isZero();
    }

    @Test
    void failures_older_than_the_window_no_longer_count() {
        fail("frida@example.org", "198.51.100.8", 2);
        clock.advance(Duration.ofMinutes(16));
        fail("frida@example.org", "198.51.100.8", 2);

        assertThat(throttle.remainingDelay("frida@example.org", "198.51.100.8")).isZero();
    }

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(email, address);
        }
    }
}
