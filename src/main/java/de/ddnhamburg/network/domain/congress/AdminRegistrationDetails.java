package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one registration for admins: what its owner sees ({@code registration}: person,
 * category and price, status, workshops, answers including needs, billing address) and more: member
 * or guest, language, its times, payment and check-in, and its history.
 */
public record AdminRegistrationDetails(
        RegistrationDetails registration,
        boolean member,
        String language,
        Instant registeredAt,
        @Nullable Instant confirmedAt,
        @Nullable Instant cancelledAt,
        PaymentState payment,
        @Nullable Instant paidAt,
        @Nullable Instant checkedInAt,
        List<RegistrationHistoryItem> history) {

    public AdminRegistrationDetails {
        history = List.copyOf(history);
    }
}
