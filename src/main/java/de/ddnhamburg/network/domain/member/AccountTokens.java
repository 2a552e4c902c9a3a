package de.ddnhamburg.network.domain.member;

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
 * Issues and checks the one-time links (OWASP ASVS 6.4.1, 6.4.3): 256 random bits from a CSPRNG,
 * stored as a SHA-256 hash only, with an expiry, used once, and replaced by the next link of the
 * same purpose. A plain hash is enough (no salt, no slow hash): the secret is random and long, so
 * there is nothing to guess from a dictionary, and the lookup needs a deterministic value.
 */
@Component
class AccountTokens {

    private static final int SECRET_BYTES = 32;
    private static final Pattern SECRET_SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private final MemberTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountTokens(MemberTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    record Issued(long id, String secret, Instant expiresAt) {}

    /** A new link for the member; older links of the same purpose stop working. */
    Issued issue(long memberId, TokenPurpose purpose, Duration validity, @Nullable String newEmail) {
        Instant now = clock.instant();
        tokens.markAllUsed(memberId, purpose, now);
        String secret = newSecret();
        MemberToken token = tokens.save(new MemberToken(memberId, purpose, hash(secret), now, now.plus(validity), newEmail));
        return new Issued(token.getId(), secret, token.getExpiresAt());
    }

    /** Whether the member received {@code perHour} links of this purpose within the last hour. */
    boolean limitReached(long memberId, TokenPurpose purpose, int perHour) {
        Instant since = clock.instant().minus(Duration.ofHours(1));
        return tokens.countByMemberIdAndPurposeAndCreatedAtAfter(memberId, purpose, since) >= perHour;
    }

    /** The token, if it can be used now; a link of another purpose is as unknown as a made-up one. */
    MemberToken check(String secret, TokenPurpose purpose) {
        Optional<MemberToken> found = SECRET_SHAPE.matcher(secret).matches()
                ? tokens.findByTokenHash(hash(secret))
                : Optional.empty();
        MemberToken token = found
                .filter(candidate -> candidate.getPurpose() == purpose)
                .orElseThrow(() -> new InvalidTokenException(TokenProblem.UNKNOWN));
        if (token.getUsedAt() != null) {
            throw new InvalidTokenException(TokenProblem.USED);
        }
        if (!clock.instant().isBefore(token.getExpiresAt())) {
            throw new InvalidTokenException(TokenProblem.EXPIRED);
        }
        return token;
    }

    /** Checks and uses the token up in one conditional update, so that of two racing clicks one wins. */
    MemberToken consume(String secret, TokenPurpose purpose) {
        MemberToken token = check(secret, purpose);
        if (tokens.markUsed(token.getId(), clock.instant()) == 0) {
            throw new InvalidTokenException(TokenProblem.USED);
        }
        return token;
    }

    void revokeAll(long memberId, TokenPurpose purpose) {
        tokens.markAllUsed(memberId, purpose, clock.instant());
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
