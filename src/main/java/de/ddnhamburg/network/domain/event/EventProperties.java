package de.ddnhamburg.network.domain.event;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Events (docs/configuration.md; guests: docs/decisions/009-guest-registration.md). How often the
 * jobs look for due reminders and expired holds ({@code app.events.reminder-interval},
 * {@code app.events.guest-hold-check}) is read by their schedules.
 *
 * @param reminderLead how long before an event its confirmed participants get a reminder
 * @param guestHold how long an unconfirmed guest registration holds its seat or waiting place
 * @param guestMailsPerHour how many guest links one address receives per hour at most, over all events
 * @param guestRetention how long after an event its guests' details are kept before they are erased
 */
@Validated
@ConfigurationProperties("app.events")
record EventProperties(
        @DefaultValue("P1D") @DurationMin(seconds = 0, inclusive = false)
        Duration reminderLead,

        @DefaultValue("PT24H") @DurationMin(seconds = 0, inclusive = false)
        Duration guestHold,

        @DefaultValue("5") @Min(1) int guestMailsPerHour,
        @DefaultValue("P90D") @DurationMin(seconds = 0) Duration guestRetention) {}
