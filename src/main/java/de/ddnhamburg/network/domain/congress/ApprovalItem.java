package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A registration awaiting an admin's approval of its category. */
public record ApprovalItem(
        long registrationId,
        String name,
        String email,
        @Nullable String organisation,
        boolean guest,
        String categoryName,
        Instant registeredAt) {}
