package de.ddnhamburg.network.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.FieldProblem;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The input rules of the account forms; no Spring. */
class AccountRulesTest {

    private static final String PASSWORD = "lang genug und geheim";

    @Test
    void a_complete_join_request_passes() {
        assertThatCode(() -> AccountRules.checkJoin(join("Paula", "Privat", "paula@example.org", PASSWORD, PASSWORD)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_join_request_names_every_wrong_field_with_its_key() {
        JoinRequest wrong = new JoinRequest(
                " ",
                "x".repeat(ProfileRules.NAME_MAX + 1),
                "keine-adresse",
                "o".repeat(ProfileRules.ORGANISATION_MAX + 1),
                "zu kurz",
                "zu kurz",
                false,
                Locale.GERMAN);

        assertThat(problems(() -> AccountRules.checkJoin(wrong)))
                .containsExactlyInAnyOrder(
                        FieldProblem.of(AccountRules.FIRST_NAME, "validation.required"),
                        FieldProblem.of(AccountRules.LAST_NAME, "validation.tooLong"),
                        FieldProblem.of(AccountRules.EMAIL, "validation.email.invalid"),
                        FieldProblem.of(AccountRules.ORGANISATION, "validation.tooLong"),
                        FieldProblem.of(
                                AccountRules.PASSWORD, "validation.password.tooShort", PasswordRules.MIN_LENGTH),
                        FieldProblem.of(AccountRules.CONSENT, "account.join.consentRequired"));
    }

    @Test
    void a_missing_address_is_required_not_invalid() {
        assertThat(problems(() -> AccountRules.checkJoin(join("Paula", "Privat", "  ", PASSWORD, PASSWORD))))
                .containsExactly(FieldProblem.of(AccountRules.EMAIL, "validation.required"));
    }

    @Test
    void the_repeated_password_must_match_exactly_spaces_included() {
        assertThat(problems(() -> AccountRules.checkNewPassword(PASSWORD, PASSWORD + " ")))
                .containsExactly(FieldProblem.of(AccountRules.PASSWORD_REPEAT, "validation.password.mismatch"));
        assertThatCode(() -> AccountRules.checkNewPassword(" " + PASSWORD, " " + PASSWORD))
                .doesNotThrowAnyException();
    }

    @Test
    void a_password_too_short_is_reported_at_the_password_not_the_repetition() {
        assertThat(problems(() -> AccountRules.checkNewPassword("x".repeat(11), "anders")))
                .containsExactly(FieldProblem.of(
                        AccountRules.PASSWORD, "validation.password.tooShort", PasswordRules.MIN_LENGTH));
        assertThat(problems(() -> AccountRules.checkNewPassword("x".repeat(129), "x".repeat(129))))
                .containsExactly(FieldProblem.of(
                        AccountRules.PASSWORD, "validation.password.tooLong", PasswordRules.MAX_LENGTH));
        assertThatCode(() -> AccountRules.checkNewPassword("x".repeat(12), "x".repeat(12)))
                .doesNotThrowAnyException();
    }

    @Test
    void an_address_is_checked_at_the_given_field_and_comes_back_normalised() {
        assertThat(AccountRules.checkEmail("newEmail", "  Paula@Example.ORG ").value())
                .isEqualTo("paula@example.org");
        assertThat(problems(() -> AccountRules.checkEmail("newEmail", "paula@example")))
                .containsExactly(FieldProblem.of("newEmail", "validation.email.invalid"));
        assertThat(AccountRules.checkEmail("newEmail", "x".repeat(249) + "@b.de")
                        .value())
                .hasSize(254);
        assertThat(problems(() -> AccountRules.checkEmail("newEmail", "x".repeat(250) + "@b.de")))
                .containsExactly(FieldProblem.of("newEmail", "validation.email.invalid"));
    }

    private static JoinRequest join(String first, String last, String email, String password, String repeat) {
        return new JoinRequest(first, last, email, null, password, repeat, true, Locale.GERMAN);
    }

    private static List<FieldProblem> problems(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("no problem reported");
    }

    @Test
    void problems_are_reported_as_one_invalid_input_exception() {
        assertThatThrownBy(() -> AccountRules.checkJoin(join(" ", " ", " ", "", "", false)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("validation.form.invalid");
    }

    private static JoinRequest join(
            String first, String last, String email, String password, String repeat, boolean consent) {
        return new JoinRequest(first, last, email, null, password, repeat, consent, Locale.GERMAN);
    }
}
