package de.ddnhamburg.network.domain.mail;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When to try a failed mail again: after {@code first-retry-delay}, doubling with each failure up to
 * {@code max-retry-delay}; after {@code max-attempts} attempts the mail is given up (FAILED). With
 * the defaults (1 min, 1 h, 10) an SMTP outage of about four hours loses nothing.
 */
@Component
class OutboxPolicy {

    private final int maxAttempts;
    private final Duration firstRetryDelay;
    private final Duration maxRetryDelay;
    private final int batchSize;

    OutboxPolicy(
            @Value("${app.mail.outbox.max-attempts}") int maxAttempts,
            @Value("${app.mail.outbox.first-retry-delay}") Duration firstRetryDelay,
            @Value("${app.mail.outbox.max-retry-delay}") Duration maxRetryDelay,
            @Value("${app.mail.outbox.batch-size}") int batchSize) {
        if (maxAttempts < 1
                || batchSize < 1
                || firstRetryDelay.isNegative()
                || maxRetryDelay.compareTo(firstRetryDelay) < 0) {
            throw new IllegalStateException("app.mail.outbox: max-attempts and batch-size must be at least 1, "
                    + "and max-retry-delay at least first-retry-delay");
        }
        this.maxAttempts = maxAttempts;
        this.firstRetryDelay = firstRetryDelay;
        this.maxRetryDelay = maxRetryDelay;
        this.batchSize = batchSize;
    }

    /**
     * @param failedAttempts attempts made so far, including the one that just failed
     * @return when to try next, or null to give up
     */
    @Nullable
    Instant nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return null;
        }
        Duration delay = firstRetryDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return now.plus(delay.compareTo(maxRetryDelay) < 0 ? delay : maxRetryDelay);
    }

    int batchSize() {
        return batchSize;
    }
}
