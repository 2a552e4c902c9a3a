package de.ddnhamburg.network.domain.member;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a guest typed into the joining form, before any validation.
 *
 * @param consentGiven whether the guest ticked the box agreeing to the privacy notice
 * @param language the language of the page; the member's mails use it
 */
public record JoinRequest(
        String firstName,
        String lastName,
        String email,
        @Nullable String organisation,
        String password,
        String passwordRepeat,
        boolean consentGiven,
        Locale language) {

    /** Without the passwords, so that they never end up in a log. */
    @Override
    public String toString() {
        return "JoinRequest[" + firstName + " " + lastName + ", " + email + "]";
    }
}
