package de.ddnhamburg.network.security;

import de.ddnhamburg.network.domain.common.AnonymousForm;
import de.ddnhamburg.network.domain.common.ClientLimits;
import de.ddnhamburg.network.domain.common.DomainException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * One Bucket4j token bucket per anonymous form and client address: {@code per-address} uses,
 * refilled evenly over {@code window}. The client address is the request's, which
 * {@link TrustedProxyFilter} has set to the forwarded one behind a trusted proxy. A call outside
 * an HTTP request (a scheduled job, a test without a request) has no client and is not limited.
 * The buckets live in memory on each node; at most {@code max-addresses} of them.
 */
@Component
class ClientRateLimits implements ClientLimits {

    private final FormLimitProperties settings;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ClientRateLimits(FormLimitProperties settings, Clock clock) {
        this.settings = settings;
        this.time = new ClockTime(clock);
    }

    @Override
    public void acquire(AnonymousForm form) {
        String address = clientAddress();
        if (address == null) {
            return;
        }
        String key = form.name() + ' ' + address;
        if (!buckets.containsKey(key) && buckets.size() >= settings.maxAddresses()) {
            forgetRefilled();
        }
        if (!buckets.computeIfAbsent(key, unused -> newBucket()).tryConsume(1)) {
            throw new DomainException("form.tooManyFromAddress");
        }
    }

    /** Buckets that are full again hold nothing worth keeping. */
    @Scheduled(fixedDelay = 300_000)
    void forgetRefilled() {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= settings.perAddress());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit ->
                        limit.capacity(settings.perAddress()).refillGreedy(settings.perAddress(), settings.window()))
                .withCustomTimePrecision(time)
                .build();
    }

    private static @Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }

    /** The application's clock, so that tests can move time. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
