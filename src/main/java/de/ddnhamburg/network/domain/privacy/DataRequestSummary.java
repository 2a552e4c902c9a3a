package de.ddnhamburg.network.domain.privacy;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the platform holds under one e-mail address, for an admin answering a data request: the
 * member account with that address, if any, and how many guest records each feature holds.
 *
 * @param email the address as looked up (lower case, without blanks)
 * @param guestRecords by section ({@code eventRegistrations}, {@code congressRegistrations},
 *     {@code mails}), each with its count; the mails only when no account has the address
 */
public record DataRequestSummary(
        String email, @Nullable Long memberId, @Nullable String memberName, Map<String, Integer> guestRecords) {

    public DataRequestSummary {
        guestRecords = Map.copyOf(guestRecords);
    }

    public boolean hasGuestRecords() {
        return guestRecords.values().stream().anyMatch(count -> count > 0);
    }
}
