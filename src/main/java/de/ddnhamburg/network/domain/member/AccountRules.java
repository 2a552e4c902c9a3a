package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.DomainException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The input rules of the account forms, in one place. Field names are shared with the forms, so
 * that a problem found here is shown at the field it belongs to.
 */
public final class AccountRules {

    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String EMAIL = "email";
    public static final String ORGANISATION = "organisation";
    public static final String PASSWORD = "password";
    public static final String PASSWORD_REPEAT = "passwordRepeat";
    public static final String CONSENT = "consent";
    public static final String CURRENT_PASSWORD = "currentPassword";

    private AccountRules() {}

    static void checkJoin(JoinRequest request) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        ProfileRules.checkName(request.firstName()).ifPresent(key -> problems.put(FIRST_NAME, FieldProblem.of(key)));
        ProfileRules.checkName(request.lastName()).ifPresent(key -> problems.put(LAST_NAME, FieldProblem.of(key)));
        checkEmail(EMAIL, request.email(), problems);
        ProfileRules.checkLength(request.organisation(), ProfileRules.ORGANISATION_MAX)
                .ifPresent(key -> problems.put(ORGANISATION, FieldProblem.of(key)));
        checkNewPassword(request.password(), request.passwordRepeat(), problems);
        if (!request.consentGiven()) {
            problems.put(CONSENT, FieldProblem.of("account.join.consentRequired"));
        }
        throwIfAny(problems);
    }

    static EmailAddress checkEmail(String field, String email) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        checkEmail(field, email, problems);
        throwIfAny(problems);
        return EmailAddress.of(email);
    }

    static void checkNewPassword(String password, String repeat) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        checkNewPassword(password, repeat, problems);
        throwIfAny(problems);
    }

    private static void checkEmail(String field, @Nullable String email, Map<String, FieldProblem> problems) {
        if (email == null || email.isBlank()) {
            problems.put(field, FieldProblem.of("validation.required"));
        } else if (!EmailAddress.isValid(EmailAddress.normalise(email))) {
            problems.put(field, FieldProblem.of("validation.email.invalid"));
        }
    }

    /** Exactly as typed, like the policy: spaces at either end are part of the password. */
    private static void checkNewPassword(String password, String repeat, Map<String, FieldProblem> problems) {
        try {
            PasswordPolicy.check(password);
        } catch (DomainException e) {
            problems.put(PASSWORD, FieldProblem.of(e));
            return;
        }
        if (!password.equals(repeat)) {
            problems.put(PASSWORD_REPEAT, FieldProblem.of("validation.password.mismatch"));
        }
    }

    private static void throwIfAny(Map<String, FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new AccountInputException(problems);
        }
    }
}
