package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A congress edition as an admin enters it; {@link CongressRules} checks it. Days are Hamburg's
 * calendar days, the registration window and the cancellation deadline are instants.
 */
public record CongressDraft(
        @Nullable String title,
        @Nullable String subtitle,
        @Nullable String description,
        @Nullable LocalDate firstDay,
        int dayCount,
        @Nullable String venueName,
        @Nullable String venueAddress,
        @Nullable Instant registrationOpensAt,
        @Nullable Instant registrationClosesAt,
        @Nullable Instant cancellationDeadline,
        int capacity,
        @Nullable String contactName,
        @Nullable String contactEmail) {}
