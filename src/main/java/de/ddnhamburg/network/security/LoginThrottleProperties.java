package de.ddnhamburg.network.security;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Thresholds of the login throttle (docs/configuration.md, "Security in short").
 *
 * @param accountThreshold failures for one e-mail address before attempts are delayed
 * @param addressThreshold failures from one client address before attempts are delayed
 * @param window how long a failure counts
 * @param firstDelay the delay after the threshold is reached; it doubles with every further failure
 * @param maxDelay the longest delay
 */
@Validated
@ConfigurationProperties("app.security.login-throttle")
public record LoginThrottleProperties(
        @Min(1) int accountThreshold,
        @Min(1) int addressThreshold,
        @DurationMin(seconds = 0, inclusive = false) Duration window,
        @DurationMin(seconds = 0, inclusive = false) Duration firstDelay,
        @DurationMin(seconds = 0, inclusive = false) Duration maxDelay) {}
