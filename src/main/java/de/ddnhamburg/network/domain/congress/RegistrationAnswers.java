package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/**
 * The questions of a registration. Dietary and accessibility needs can be health data: they are
 * stored only with {@code healthConsent}.
 */
public record RegistrationAnswers(
        @Nullable String dietaryNeeds,
        @Nullable String accessibilityNeeds,
        boolean healthConsent,
        boolean showInParticipants,
        @Nullable HeardFrom heardFrom) {

    public static RegistrationAnswers none() {
        return new RegistrationAnswers(null, null, false, false, null);
    }
}
