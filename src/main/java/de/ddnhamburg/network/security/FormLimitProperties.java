package de.ddnhamburg.network.security;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the anonymous forms per client address (docs/configuration.md, "Security in short").
 *
 * @param perAddress how many times one client address may send each form (joining, guest
 *     registration, password reset) within {@code window}
 * @param window the span the allowance refills over
 */
@Validated
@ConfigurationProperties("app.security.form-limits")
record FormLimitProperties(
        @DefaultValue("10") @Min(1) int perAddress,
        @DefaultValue("1h") @DurationMin(seconds = 1) Duration window) {}
