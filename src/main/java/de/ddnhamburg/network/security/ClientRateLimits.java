package de.ddnhamburg.network.security;

import de.ddnhamburg.network.domain.common.AnonymousForm;
import de.ddnhamburg.network.domain.common.ClientLimits;
import de.ddnhamburg.network.domain.common.DomainException;
import io.github.bucket4j.BucketConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * One Bucket4j token bucket per anonymous form and client address: {@code per-address} uses,
 * refilled evenly over {@code window} ({@code refillGreedy}). The buckets live in the database
 * ({@link DatabaseBuckets}), so every node takes from the same bucket (issue 12, points 3 and 9).
 * The client address is the request's, which {@link TrustedProxyFilter} has set to the forwarded
 * one behind a trusted proxy. A call outside an HTTP request (a scheduled job, a test without a
 * request) has no client and is not limited.
 *
 * <p>The key names the limit as well ({@code form:JOIN:10/PT1H:<address>}): a bucket keeps the
 * configuration it was made with, so a changed setting starts new buckets at once instead of
 * leaving a busy address on the old limit.
 */
@Component
class ClientRateLimits implements ClientLimits {

    /** An IPv6 address with a zone is at most 45 + a short zone; a longer one is cut. */
    private static final int MAX_ADDRESS_LENGTH = 100;

    private final DatabaseBuckets buckets;
    private final BucketConfiguration limit;
    private final String limitName;

    ClientRateLimits(FormLimitProperties settings, DatabaseBuckets buckets) {
        this.buckets = buckets;
        this.limit = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth
                        .capacity(settings.perAddress())
                        .refillGreedy(settings.perAddress(), settings.window()))
                .build();
        this.limitName = settings.perAddress() + "/" + settings.window();
    }

    /**
     * Never inside the caller's transaction (see {@link ClientLimits#acquire}): a caller that holds a
     * connection and waits here for a second one could, in a burst, leave the pool with none free.
     */
    @Override
    @Transactional(propagation = Propagation.NEVER)
    public void acquire(AnonymousForm form) {
        String address = clientAddress();
        if (address == null) {
            return;
        }
        String key = "form:" + form.name() + ":" + limitName + ":"
                + (address.length() <= MAX_ADDRESS_LENGTH ? address : address.substring(0, MAX_ADDRESS_LENGTH));
        if (!buckets.builder().build(key, () -> limit).tryConsume(1)) {
            throw new DomainException("form.tooManyFromAddress");
        }
    }

    private static @Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }
}
