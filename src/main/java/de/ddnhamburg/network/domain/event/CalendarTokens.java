package de.ddnhamburg.network.domain.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Secrets of personal calendar feeds: 256 random bits, URL-safe, and stored only as their SHA-256
 * hash. A plain hash is enough (no salt, no slow hash): the secret is random and long, so there is
 * nothing to guess from the hash, as with the mailed account links.
 */
@Component
class CalendarTokens {

    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private final SecureRandom random = new SecureRandom();

    String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash to look up, or empty for anything that cannot be one of our secrets. */
    Optional<String> hashOf(String secret) {
        return SHAPE.matcher(secret).matches() ? Optional.of(hash(secret)) : Optional.empty();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
