package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Issues and checks the links mailed to guests, as {@code member.AccountTokens} does for members:
 * 256 random bits from a CSPRNG, stored as a SHA-256 hash only. Whether a link is still good for
 * its registration (hold, event start) is decided by {@link GuestRegistrationService}.
 */
@Component
class GuestTokens {

    private final GuestTokenRepository tokens;
    private final Clock clock;

    GuestTokens(GuestTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    record Issued(long id, String secret) {}

    Issued issue(EventRegistration registration, GuestTokenPurpose purpose, @Nullable Instant expiresAt) {
        String secret = Secrets.newSecret();
        GuestToken token = tokens.save(new GuestToken(
                registration.id(),
                purpose,
                Secrets.hash(secret),
                clock.instant(),
                expiresAt,
                java.util.Objects.requireNonNull(registration.getGuestEmail())));
        return new Issued(token.id(), secret);
    }

    /** Whether the address received {@code perHour} guest links within the last hour, over all events. */
    boolean limitReached(String email, int perHour) {
        return tokens.countByRecipientAndCreatedAtAfter(email, clock.instant().minus(Duration.ofHours(1))) >= perHour;
    }

    /** The token if it is known, unused and unexpired; a link for the other purpose is as unknown as a made-up one. */
    GuestToken check(String secret, GuestTokenPurpose purpose) {
        Optional<GuestToken> found = Secrets.hashOf(secret).flatMap(tokens::findByTokenHash);
        GuestToken token = found.filter(candidate -> candidate.getPurpose() == purpose)
                .orElseThrow(() -> new GuestLinkException(GuestLinkProblem.UNKNOWN));
        if (token.getUsedAt() != null) {
            throw new GuestLinkException(GuestLinkProblem.USED);
        }
        Instant expires = token.getExpiresAt();
        if (expires != null && !clock.instant().isBefore(expires)) {
            throw new GuestLinkException(GuestLinkProblem.EXPIRED);
        }
        return token;
    }

    /** Checks and uses the token up in one conditional update, so that of two racing clicks one wins. */
    GuestToken consume(String secret, GuestTokenPurpose purpose) {
        GuestToken token = check(secret, purpose);
        if (tokens.markUsed(token.id(), clock.instant()) == 0) {
            throw new GuestLinkException(GuestLinkProblem.USED);
        }
        return token;
    }

    void revokeAll(long registrationId, GuestTokenPurpose purpose) {
        tokens.markAllUsed(registrationId, purpose, clock.instant());
    }

    void deleteAll(long registrationId) {
        tokens.deleteByRegistration(registrationId);
    }
}
