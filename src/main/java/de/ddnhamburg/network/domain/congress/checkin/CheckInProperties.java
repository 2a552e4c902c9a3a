package de.ddnhamburg.network.domain.congress.checkin;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The congress door (docs/configuration.md).
 *
 * @param undoWindow how long after a check-in a desk can take it back (a wrong person clicked, a
 *     ticket scanned twice by mistake); afterwards only the record stays
 * @param opensBefore how long before the first day of a congress (midnight in Hamburg) the door team
 *     may open its desk, to set up and try the scanners; the desk closes at the end of the last day.
 *     Admins may open it at any time.
 */
@Validated
@ConfigurationProperties("app.congress.check-in")
record CheckInProperties(
        @DefaultValue("PT5M") @DurationMin(seconds = 0, inclusive = false) @DurationMax(hours = 24)
        Duration undoWindow,

        @DefaultValue("P1D") @DurationMin(seconds = 0) Duration opensBefore) {}
