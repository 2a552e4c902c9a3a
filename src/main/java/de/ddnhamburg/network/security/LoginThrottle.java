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

    /** Longer e-mail addresses do not exist (RFC 5321); a longer key is cut, so no key is large. */
    static final int MAX_KEY_LENGTH = 254;
    /** Keys kept per map at most; beyond it, those that delay nobody are forgotten first. */
    static final int MAX_KEYS = 100_000;

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
                blockedUntil(byAddress.get(clip(clientAddress)), settings.addressThreshold(), now));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    public void recordFailure(String email, String clientAddress) {
        Instant now = clock.instant();
        count(byAccount, accountKey(email), settings.accountThreshold(), now);
        count(byAddress, clip(clientAddress), settings.addressThreshold(), now);
    }

    public void recordSuccess(String email) {
        byAccount.remove(accountKey(email));
    }

    /**
     * Counts a failure under {@code key}. A full map first forgets what no longer counts, then what
     * delays nobody; if it is full of delaying keys still, a new key is not counted (the other map
     * still is), so a flood of made-up addresses cannot exhaust the memory.
     */
    private void count(Map<String, Failures> failures, String key, int threshold, Instant now) {
        if (!failures.containsKey(key) && failures.size() >= MAX_KEYS) {
            forgetOldFailures();
            failures.values().removeIf(entry -> entry.count() < threshold);
            if (failures.size() >= MAX_KEYS) {
                return;
            }
        }
        failures.compute(key, (unused, previous) -> Failures.add(previous, now, settings.window()));
    }

    int trackedKeys() {
        return byAccount.size() + byAddress.size();
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
        return clip(EmailAddress.normalise(email));
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
