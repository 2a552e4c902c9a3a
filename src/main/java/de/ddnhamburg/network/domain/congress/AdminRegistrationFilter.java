package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/**
 * What the admins' list of a congress's registrations shows: every filter is optional.
 *
 * @param text part of the name, organisation, e-mail address or ticket code, case-insensitive
 * @param sessionId registrations that chose this workshop (seated, waiting or pending)
 * @param payment as the invoices know it ({@link PaymentStatusLookup})
 * @param checkedIn as the check-in knows it ({@link CongressCheckInLookup})
 */
public record AdminRegistrationFilter(
        @Nullable String text,
        @Nullable Long categoryId,
        @Nullable CongressRegistrationStatus status,
        @Nullable Long sessionId,
        @Nullable PaymentState payment,
        @Nullable Boolean checkedIn) {

    public static AdminRegistrationFilter all() {
        return new AdminRegistrationFilter(null, null, null, null, null, null);
    }
}
