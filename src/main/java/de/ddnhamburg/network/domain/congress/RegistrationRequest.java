package de.ddnhamburg.network.domain.congress;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the wizard submits. For a member the address comes from the account; {@code email} is then
 * ignored.
 *
 * @param accessCode the code typed for a code category, or null
 * @param picks one per slot with a choice
 * @param consent the privacy notice and the terms of the congress accepted at the summary
 */
public record RegistrationRequest(
        long congressId,
        long categoryId,
        @Nullable String accessCode,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String email,
        @Nullable String organisation,
        List<SessionPick> picks,
        RegistrationAnswers answers,
        BillingAddress billing,
        boolean consent,
        Locale language) {

    public RegistrationRequest {
        picks = List.copyOf(picks);
    }
}
