package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the registration wizard offers the caller for one congress.
 *
 * @param open whether registering is possible now (published, within the window)
 * @param notOpenYet whether registering opens later ({@code registrationOpensAt}); otherwise a
 *     congress that is not open is closed for registrations
 * @param member whether the caller is a signed-in member (then the data is prefilled)
 * @param categories the categories the caller may choose; code categories only with their code
 * @param choices the slots with a choice, in time order
 */
public record RegistrationOptions(
        long congressId,
        String title,
        @Nullable String subtitle,
        LocalDate firstDay,
        String venueName,
        boolean open,
        boolean member,
        Instant cancellationDeadline,
        boolean notOpenYet,
        Instant registrationOpensAt,
        Instant registrationClosesAt,
        List<CategoryOption> categories,
        List<SlotChoice> choices) {

    public RegistrationOptions {
        categories = List.copyOf(categories);
        choices = List.copyOf(choices);
    }
}
