package de.ddnhamburg.network.security;

import de.ddnhamburg.network.domain.common.AnonymousForm;
import de.ddnhamburg.network.domain.common.ClientLimits;
import de.ddnhamburg.network.domain.common.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * One token bucket per anonymous form and client address: {@code per-address} uses, refilled
 * evenly over {@code window} (greedy refill, as Bucket4j's {@code refillGreedy} did when the
 * buckets were in memory). The buckets are rows of {@link ClientCounters}, so every node takes
 * from the same bucket (issue 12, point 9). The client address is the request's, which
 * {@link TrustedProxyFilter} has set to the forwarded one behind a trusted proxy. A call outside an
 * HTTP request (a scheduled job, a test without a request) has no client and is not limited.
 */
@Component
class ClientRateLimits implements ClientLimits {

    /** An IPv6 address with a zone is at most 45 + a short zone; a longer one is cut. */
    private static final int MAX_ADDRESS_LENGTH = 100;

    private final FormLimitProperties settings;
    private final Clock clock;
    private final ClientCounters counters;

    ClientRateLimits(FormLimitProperties settings, Clock clock, ClientCounters counters) {
        this.settings = settings;
        this.clock = clock;
        this.counters = counters;
    }

    @Override
    public void acquire(AnonymousForm form) {
        String address = clientAddress();
        if (address == null) {
            return;
        }
        String key = "form:" + form.name() + ":"
                + (address.length() <= MAX_ADDRESS_LENGTH ? address : address.substring(0, MAX_ADDRESS_LENGTH));
        Instant now = clock.instant();
        if (!counters.update(key, bucket -> take(bucket, now)).accepted()) {
            throw new DomainException("form.tooManyFromAddress");
        }
    }

    /** Refills the bucket for the time since it was last touched, then takes one token if there is one. */
    private ClientCounters.Change take(ClientCounters.@Nullable Counter bucket, Instant now) {
        double capacity = settings.perAddress();
        double perMilli = capacity / settings.window().toMillis();
        double tokens = bucket == null
                ? capacity
                : Math.min(
                        capacity,
                        bucket.amount()
                                + perMilli
                                        * Math.max(
                                                0,
                                                Duration.between(bucket.touchedAt(), now)
                                                        .toMillis()));
        boolean accepted = tokens >= 1;
        double left = accepted ? tokens - 1 : tokens;
        Instant full = now.plusMillis((long) Math.ceil((capacity - left) / perMilli));
        return new ClientCounters.Change(new ClientCounters.Counter(left, now), full, accepted);
    }

    private static @Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }
}
