package de.ddnhamburg.network.domain.congress.print;

import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import org.jspecify.annotations.Nullable;

/** A person found for reprinting one badge at the desk. */
public record BadgeHolder(
        long registrationId,
        String name,
        @Nullable String organisation,
        String ticketCode,
        String category,
        CongressRegistrationStatus status) {}
