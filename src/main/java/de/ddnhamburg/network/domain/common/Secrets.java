package de.ddnhamburg.network.domain.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secrets in mailed links and feed addresses (OWASP ASVS 6.4.1): 256 random bits from a
 * CSPRNG, URL-safe, stored only as their SHA-256 hash. A plain hash is enough (no salt, no slow
 * hash): the secret is random and long, so there is nothing to guess from a dictionary, and the
 * lookup needs a deterministic value.
 */
public final class Secrets {

    private static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    public static String newSecret() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash to look up, or empty for anything that cannot be one of our secrets. */
    public static Optional<String> hashOf(String secret) {
        return SHAPE.matcher(secret).matches() ? Optional.of(hash(secret)) : Optional.empty();
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
