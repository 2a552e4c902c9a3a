package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/**
 * Which registration "Meine Anmeldung" acts on: a member's by its id (the service checks it is the
 * signed-in member's own), or a guest's by the secret of the mailed manage link (which opens only
 * the registration it was issued for).
 */
public record RegistrationKey(
        @Nullable Long registrationId, @Nullable String token) {

    public static RegistrationKey member(long registrationId) {
        return new RegistrationKey(registrationId, null);
    }

    public static RegistrationKey guest(String token) {
        return new RegistrationKey(null, token);
    }
}
