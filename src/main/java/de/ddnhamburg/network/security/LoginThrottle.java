package de.ddnhamburg.network.security;

import de.ddnhamburg.network.domain.member.EmailAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, which Spring Security does not do by itself. Failures are counted
 * per submitted e-mail address (whether an account exists or not, so the throttle reveals nothing)
 * and per client address. Past a threshold, every further failure makes the next attempt wait
 * longer; attempts before then are refused without checking the password. A success resets the
 * account's count. The counts live in memory: with several nodes each node throttles on its own.
 */
@Component
public class LoginThrottle {

    private final LoginThrottleProperties settings;
    private final Clock clock;
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottleProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long the client must still wait before it may try again; zero when it may try now. */
    public Duration remainingDelay(String email, String clientAddress) {
        Instant now = clock.instant();
        Instant until = later(
                blockedUntil(byAccount.get(accountKey(email)), settings.accountThreshold(), now),
                blockedUntil(byAddress.get(clientAddress), settings.addressThreshold(), now));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    public void recordFailure(String email, String clientAddress) {
        Instant now = clock.instant();
        byAccount.compute(accountKey(email), (key, failures) -> Failures.add(failures, now, settings.window()));
        byAddress.compute(clientAddress, (key, failures) -> Failures.add(failures, now, settings.window()));
    }

    public void recordSuccess(String email) {
        byAccount.remove(accountKey(email));
    }

    /** Forgets failures that no longer count, so that the maps cannot grow without bound. */
    @Scheduled(fixedDelay = 300_000)
    void forgetOldFailures() {
        Instant now = clock.instant();
        Instant horizon = now.minus(settings.window()).minus(settings.maxDelay());
        byAccount.values().removeIf(failures -> failures.last().isBefore(horizon));
        byAddress.values().removeIf(failures -> failures.last().isBefore(horizon));
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

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String accountKey(String email) {
        return EmailAddress.normalise(email);
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
