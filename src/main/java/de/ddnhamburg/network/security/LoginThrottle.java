package de.ddnhamburg.network.security;

import de.ddnhamburg.network.domain.member.EmailAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, which Spring Security does not do by itself. Failures are counted
 * per submitted e-mail address (whether an account exists or not, so the throttle reveals nothing)
 * and per client address. Past a threshold, every further failure makes the next attempt wait
 * longer; attempts before then are refused without checking the password. A success resets the
 * account's count. The counts live in the database ({@link ClientCounters}), so that all nodes
 * count together: guessing spread over several nodes is throttled as on one.
 *
 * <p>Keys are bounded in length (cut at {@link #MAX_KEY_LENGTH}) and in number: a failure is
 * counted only after the password was checked (Argon2, a few dozen per second and core), a count
 * is forgotten {@code window + max-delay} after its last failure, and a job deletes forgotten
 * counts every five minutes.
 */
@Component
public class LoginThrottle {

    /** Longer e-mail addresses do not exist (RFC 5321); a longer key is cut, so no key is large. */
    static final int MAX_KEY_LENGTH = 254;

    private final LoginThrottleProperties settings;
    private final Clock clock;
    private final ClientCounters counters;

    LoginThrottle(LoginThrottleProperties settings, Clock clock, ClientCounters counters) {
        this.settings = settings;
        this.clock = clock;
        this.counters = counters;
    }

    /** How long the client must still wait before it may try again; zero when it may try now. */
    public Duration remainingDelay(String email, String clientAddress) {
        Instant now = now();
        Instant until = later(
                blockedUntil(failures(accountKey(email)), settings.accountThreshold(), now),
                blockedUntil(failures(addressKey(clientAddress)), settings.addressThreshold(), now));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    public void recordFailure(String email, String clientAddress) {
        Instant now = now();
        count(accountKey(email), now);
        count(addressKey(clientAddress), now);
    }

    public void recordSuccess(String email) {
        counters.delete(accountKey(email));
    }

    private void count(String key, Instant now) {
        counters.update(key, previous -> {
            Failures next = Failures.add(
                    previous == null ? null : new Failures((int) previous.amount(), previous.touchedAt()),
                    now,
                    settings.window());
            return new ClientCounters.Change(
                    new ClientCounters.Counter(next.count(), next.last()),
                    next.last().plus(settings.window()).plus(settings.maxDelay()),
                    true);
        });
    }

    private @Nullable Failures failures(String key) {
        Optional<ClientCounters.Counter> counter = counters.read(key);
        return counter.map(found -> new Failures((int) found.amount(), found.touchedAt()))
                .orElse(null);
    }

    private Instant blockedUntil(@Nullable Failures failures, int threshold, Instant now) {
        if (failures == null || failures.count() < threshold || failures.expired(now, settings.window())) {
            return Instant.MIN;
        }
        int doublings = Math.min(failures.count() - threshold, 20);
        Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(settings.maxDelay()) > 0) {
            delay = settings.maxDelay();
        }
        return failures.last().plus(delay);
    }

    /** In the counters' precision (milliseconds), so that a delay is exact. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static String accountKey(String email) {
        return "login-account:" + clip(EmailAddress.normalise(email));
    }

    static String addressKey(String clientAddress) {
        return "login-client:" + clip(clientAddress);
    }

    private static String clip(String key) {
        return key.length() <= MAX_KEY_LENGTH ? key : key.substring(0, MAX_KEY_LENGTH);
    }

    private record Failures(int count, Instant last) {

        static Failures add(@Nullable Failures previous, Instant now, Duration window) {
            if (previous == null || previous.expired(now, window)) {
                return new Failures(1, now);
            }
            return new Failures(previous.count() + 1, now);
        }

        boolean expired(Instant now, Duration window) {
            return last.plus(window).isBefore(now);
        }
    }
}
