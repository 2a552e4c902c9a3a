package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.DomainException;

/**
 * Length is what makes a password strong; composition rules only make passwords predictable
 * (OWASP ASVS 6.2.1, 6.2.5, 6.2.9). So we check length only and keep the password exactly as typed.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {}

    /** Counts code points, so that an emoji is one character as the user sees it. */
    public static void check(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new DomainException("validation.password.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new DomainException("validation.password.tooLong", MAX_LENGTH);
        }
    }
}
