package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;

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
        InvalidInputException.Problems problems = InvalidInputException.collect()
                .add(FIRST_NAME, ProfileRules.checkName(request.firstName()))
                .add(LAST_NAME, ProfileRules.checkName(request.lastName()))
                .add(EMAIL, EmailAddress.check(request.email()))
                .add(ORGANISATION, ProfileRules.checkLength(request.organisation(), ProfileRules.ORGANISATION_MAX));
        checkNewPassword(request.password(), request.passwordRepeat(), problems);
        if (!request.consentGiven()) {
            problems.add(CONSENT, "account.join.consentRequired");
        }
        problems.throwIfAny();
    }

    static EmailAddress checkEmail(String field, String email) {
        InvalidInputException.collect().add(field, EmailAddress.check(email)).throwIfAny();
        return EmailAddress.of(email);
    }

    static void checkNewPassword(String password, String repeat) {
        InvalidInputException.Problems problems = InvalidInputException.collect();
        checkNewPassword(password, repeat, problems);
        problems.throwIfAny();
    }

    /** Exactly as typed, like the policy: spaces at either end are part of the password. */
    private static void checkNewPassword(String password, String repeat, InvalidInputException.Problems problems) {
        try {
            PasswordRules.check(password);
        } catch (DomainException e) {
            problems.add(PASSWORD, e.getMessageKey(), e.getArguments());
            return;
        }
        if (!password.equals(repeat)) {
            problems.add(PASSWORD_REPEAT, "validation.password.mismatch");
        }
    }
}
