package de.ddnhamburg.network.domain.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Issues and checks the links mailed to guests, as {@code member.AccountTokens} does for members:
 * 256 random bits from a CSPRNG, stored as a SHA-256 hash only. Whether a link is still good for
 * its registration (hold, event start) is decided by {@link GuestRegistrationService}.
 */
@Component
class GuestTokens {

    private static final int SECRET_BYTES = 32;
    private static final Pattern SECRET_SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private final GuestTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    GuestTokens(GuestTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    record Issued(long id, String secret) {}

    Issued issue(EventRegistration registration, GuestTokenPurpose purpose, @Nullable Instant expiresAt) {
        String secret = newSecret();
        GuestToken token = tokens.save(new GuestToken(registration.id(), purpose, hash(secret), clock.instant(),
                expiresAt, java.util.Objects.requireNonNull(registration.getGuestEmail())));
        return new Issued(token.id(), secret);
    }

    /** Whether the address received {@code perHour} guest links within the last hour, over all events. */
    boolean limitReached(String email, int perHour) {
        return tokens.countByRecipientAndCreatedAtAfter(email, clock.instant().minus(Duration.ofHours(1))) >= perHour;
    }

    /** The token if it is known, unused and unexpired; a link for the other purpose is as unknown as a made-up one. */
    GuestToken check(String secret, GuestTokenPurpose purpose) {
        Optional<GuestToken> found = SECRET_SHAPE.matcher(secret).matches()
                ? tokens.findByTokenHash(hash(secret))
                : Optional.empty();
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

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
