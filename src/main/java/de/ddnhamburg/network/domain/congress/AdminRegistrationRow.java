package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One line of the admins' list of a congress's registrations. */
public record AdminRegistrationRow(
        long id,
        String name,
        String email,
        @Nullable String organisation,
        boolean guest,
        long categoryId,
        String categoryName,
        CongressRegistrationStatus status,
        @Nullable Integer waitingPosition,
        String ticketCode,
        Instant registeredAt,
        List<WorkshopMark> workshops,
        PaymentState payment,
        @Nullable Instant checkedInAt) {

    public AdminRegistrationRow {
        workshops = List.copyOf(workshops);
    }
}
