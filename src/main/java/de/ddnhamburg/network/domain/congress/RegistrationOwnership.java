package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.CurrentUser;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Whose a registration is: the one rule behind every "Meine Anmeldung" action, the ticket and the
 * certificate. A member's key opens only the signed-in member's own registration; a guest's opens
 * the registration its manage link was issued for. Anything else is not found.
 */
@Component
class RegistrationOwnership {

    private final CongressRegistrationRepository registrations;
    private final CongressGuestTokens tokens;
    private final CurrentUser currentUser;

    RegistrationOwnership(
            CongressRegistrationRepository registrations, CongressGuestTokens tokens, CurrentUser currentUser) {
        this.registrations = registrations;
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    /** The registration's id if the caller owns it. */
    long resolve(RegistrationKey key) {
        String token = key.token();
        if (token != null) {
            return tokens.check(token, CongressTokenPurpose.MANAGE).getRegistrationId();
        }
        long me = currentUser.requireMemberId();
        long id = Objects.requireNonNull(key.registrationId(), "a key names a registration or a token");
        // Only whether it is the member's: the row itself is read later (after the congress lock, where one is taken).
        if (!registrations.existsByIdAndMemberId(id, me)) {
            throw new NotFoundException();
        }
        return id;
    }
}
