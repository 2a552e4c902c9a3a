package de.ddnhamburg.network.domain.member;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The account links (docs/configuration.md, "Joining, confirmation and password reset").
 *
 * @param confirmationValidity how long the link confirming a new member's address works
 * @param resetValidity how long a password reset link works
 * @param emailChangeValidity how long the link confirming a new address works
 * @param mailsPerHour how many links of one kind one address receives per hour at most
 */
@Validated
@ConfigurationProperties("app.account")
record AccountProperties(
        @DefaultValue("48h") @DurationMin(seconds = 0, inclusive = false)
        Duration confirmationValidity,

        @DefaultValue("60m") @DurationMin(seconds = 0, inclusive = false)
        Duration resetValidity,

        @DefaultValue("24h") @DurationMin(seconds = 0, inclusive = false)
        Duration emailChangeValidity,

        @DefaultValue("3") @Min(1) int mailsPerHour) {}
