package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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

    private final MemberTokenRepository tokens;
    private final Clock clock;

    AccountTokens(MemberTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    record Issued(long id, String secret, Instant expiresAt) {}

    /** A new link for the member; older links of the same purpose stop working. */
    Issued issue(long memberId, TokenPurpose purpose, Duration validity, @Nullable String newEmail) {
        Instant now = clock.instant();
        tokens.markAllUsed(memberId, purpose, now);
        String secret = Secrets.newSecret();
        MemberToken token = tokens.save(
                new MemberToken(memberId, purpose, Secrets.hash(secret), now, now.plus(validity), newEmail));
        return new Issued(token.getId(), secret, token.getExpiresAt());
    }

    /** Whether the member received {@code perHour} links of this purpose within the last hour. */
    boolean limitReached(long memberId, TokenPurpose purpose, int perHour) {
        Instant since = clock.instant().minus(Duration.ofHours(1));
        return tokens.countByMemberIdAndPurposeAndCreatedAtAfter(memberId, purpose, since) >= perHour;
    }

    /** The token, if it can be used now; a link of another purpose is as unknown as a made-up one. */
    MemberToken check(String secret, TokenPurpose purpose) {
        Optional<MemberToken> found = Secrets.hashOf(secret).flatMap(tokens::findByTokenHash);
        MemberToken token = found.filter(candidate -> candidate.getPurpose() == purpose)
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

    /** Every outstanding link of the member, of every purpose: after a new password, none stays. */
    void revokeAllLinks(long memberId) {
        for (TokenPurpose purpose : TokenPurpose.values()) {
            revokeAll(memberId, purpose);
        }
    }
}
