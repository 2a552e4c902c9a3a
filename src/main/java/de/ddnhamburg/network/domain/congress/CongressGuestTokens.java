package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Issues and checks the links mailed to congress guests the way {@code event.GuestTokens} does for
 * event guests (256 random bits, {@link Secrets}, only the SHA-256 hash stored), in a table of its
 * own, since those rows belong to event registrations. A confirmation link is single use and
 * expires with the hold; a manage link opens "Meine Anmeldung" again and again until it expires.
 */
@Component
class CongressGuestTokens {

    private final CongressGuestTokenRepository tokens;
    private final Clock clock;

    CongressGuestTokens(CongressGuestTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    record Issued(long id, String secret) {}

    Issued issue(CongressRegistration registration, CongressTokenPurpose purpose, @Nullable Instant expiresAt) {
        String secret = Secrets.newSecret();
        CongressGuestToken token = tokens.save(new CongressGuestToken(
                registration.id(), purpose, Secrets.hash(secret), clock.instant(), expiresAt, registration.getEmail()));
        return new Issued(token.id(), secret);
    }

    /** Whether the address received {@code perHour} congress links within the last hour. */
    boolean limitReached(String email, int perHour) {
        return tokens.countByRecipientAndCreatedAtAfter(email, clock.instant().minus(Duration.ofHours(1))) >= perHour;
    }

    /** The token if it is known, unused and unexpired; a link for the other purpose is as unknown as a made-up one. */
    CongressGuestToken check(String secret, CongressTokenPurpose purpose) {
        CongressGuestToken token = Secrets.hashOf(secret)
                .flatMap(tokens::findByTokenHash)
                .filter(candidate -> candidate.getPurpose() == purpose)
                .orElseThrow(() -> new CongressLinkException(CongressLinkProblem.UNKNOWN));
        if (token.getUsedAt() != null) {
            throw new CongressLinkException(CongressLinkProblem.USED);
        }
        Instant expires = token.getExpiresAt();
        if (expires != null && !clock.instant().isBefore(expires)) {
            throw new CongressLinkException(CongressLinkProblem.EXPIRED);
        }
        return token;
    }

    /** Checks and uses the token up in one conditional update, so that of two racing clicks one wins. */
    CongressGuestToken consume(String secret, CongressTokenPurpose purpose) {
        CongressGuestToken token = check(secret, purpose);
        if (tokens.markUsed(token.id(), clock.instant()) == 0) {
            throw new CongressLinkException(CongressLinkProblem.USED);
        }
        return token;
    }

    void revokeAll(long registrationId, CongressTokenPurpose purpose) {
        tokens.markAllUsed(registrationId, purpose, clock.instant());
    }

    void deleteAll(long registrationId) {
        tokens.deleteByRegistration(registrationId);
    }

    /** Those of a congress's guests who are still named (the retention job then erases them). */
    void deleteAllOfGuestsNamedIn(long congressId) {
        tokens.deleteOfGuestsNamedIn(congressId);
    }
}
