package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One registration as the congress team prints and exports it: the person, category, status,
 * ticket code, needs (given with consent, or null) and session choices. Only for services that
 * check the caller's rights first.
 */
public record RosterEntry(
        long registrationId,
        long congressId,
        String firstName,
        String lastName,
        String email,
        @Nullable String organisation,
        boolean guest,
        long categoryId,
        CongressRegistrationStatus status,
        @Nullable Integer waitingPosition,
        String ticketCode,
        String language,
        Instant registeredAt,
        @Nullable String dietaryNeeds,
        @Nullable String accessibilityNeeds,
        List<RosterChoice> choices) {

    public RosterEntry {
        choices = List.copyOf(choices);
    }

    /** First and last name as printed on a badge. */
    public String displayName() {
        return (firstName + " " + lastName).strip();
    }
}
