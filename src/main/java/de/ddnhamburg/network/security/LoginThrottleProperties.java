package de.ddnhamburg.network.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of the login throttle (documented in the README).
 *
 * @param accountThreshold failures for one e-mail address before attempts are delayed
 * @param addressThreshold failures from one client address before attempts are delayed
 * @param window how long a failure counts
 * @param firstDelay the delay after the threshold is reached; it doubles with every further failure
 * @param maxDelay the longest delay
 */
@ConfigurationProperties("app.security.login-throttle")
public record LoginThrottleProperties(
        int accountThreshold, int addressThreshold, Duration window, Duration firstDelay, Duration maxDelay) {}
