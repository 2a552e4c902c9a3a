package de.ddnhamburg.network.domain.congress;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Congress registration (docs/configuration.md). How often the job looks for expired holds
 * ({@code app.congress.registration.hold-check}) is read by its schedule.
 *
 * @param guestHold how long an unconfirmed guest registration holds its place and seats
 * @param guestMailsPerHour how many congress links one address receives per hour at most
 * @param manageLinkGrace how long after the congress's last day a guest's "Meine Anmeldung" link works
 */
@Validated
@ConfigurationProperties("app.congress.registration")
record CongressRegistrationProperties(
        @DefaultValue("PT24H") @DurationMin(seconds = 0, inclusive = false)
        Duration guestHold,

        @DefaultValue("5") @Min(1) int guestMailsPerHour,
        @DefaultValue("P1D") @DurationMin(seconds = 0) Duration manageLinkGrace) {}
