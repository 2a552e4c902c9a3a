package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.DomainException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail address in the one form we store and compare: trimmed and lower case, because members
 * type their address in many spellings and must still find their one account.
 */
public record EmailAddress(String value) {

    // Deliberately simple: one @, a dot in the domain, no spaces. Real validation is the confirmation mail.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        if (!isValid(value)) {
            throw new DomainException("validation.email.invalid");
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(normalise(raw));
    }

    public static String normalise(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The check of an address as typed, for the rules of every form that asks for one.
     *
     * @return the translation key of the problem: none given, or not an address
     */
    public static Optional<String> check(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of("validation.required");
        }
        return isValid(normalise(raw)) ? Optional.empty() : Optional.of("validation.email.invalid");
    }

    public static boolean isValid(String candidate) {
        return candidate.length() <= MAX_LENGTH && SHAPE.matcher(candidate).matches();
    }
}
