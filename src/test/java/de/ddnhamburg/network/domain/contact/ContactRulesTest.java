package de.ddnhamburg.network.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.ddnhamburg.network.domain.common.FieldProblem;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules of a first message, shared by the service and the dialog; no Spring. */
class ContactRulesTest {

    @Test
    void each_part_is_required() {
        assertThat(ContactRules.checkPart(null, 10)).contains("contact.validation.required");
        assertThat(ContactRules.checkPart(" \r\n ", 10)).contains("contact.validation.required");
    }

    @Test
    void a_part_may_be_as_long_as_its_maximum_counted_after_cleaning() {
        assertThat(ContactRules.checkPart("x".repeat(10), 10)).isEmpty();
        assertThat(ContactRules.checkPart("  " + "x".repeat(10) + "\n", 10)).isEmpty();
        // A Windows line break is one character for the recipient.
        assertThat(ContactRules.checkPart("x".repeat(4) + "\r\n" + "x".repeat(5), 10))
                .isEmpty();
        assertThat(ContactRules.checkPart("x".repeat(11), 10)).contains("contact.validation.tooLong");
    }

    @Test
    void cleaning_makes_every_line_break_a_newline_and_trims_the_ends() {
        assertThat(ContactRules.clean("  Hallo\r\nWelt\rund\nmehr  ")).isEqualTo("Hallo\nWelt\nund\nmehr");
        assertThat(ContactRules.clean(null)).isEmpty();
    }

    @Test
    void each_part_has_its_own_maximum() {
        assertThat(ContactRules.WHO_I_AM_MAX).isEqualTo(400);
        assertThat(ContactRules.WHY_I_WRITE_MAX).isEqualTo(800);
        assertThat(ContactRules.NEXT_STEP_MAX).isEqualTo(400);
        FirstContactMessage tooLong = new FirstContactMessage(
                "x".repeat(ContactRules.WHO_I_AM_MAX + 1),
                "x".repeat(ContactRules.WHY_I_WRITE_MAX + 1),
                "x".repeat(ContactRules.NEXT_STEP_MAX + 1));

        // The field's problem carries its maximum, for the message at the field.
        assertThatThrownBy(() -> ContactRules.validate(tooLong))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        FieldProblem.of("whoIAm", "contact.validation.tooLong", 400),
                                        FieldProblem.of("whyIWrite", "contact.validation.tooLong", 800),
                                        FieldProblem.of("nextStep", "contact.validation.tooLong", 400)));
    }

    @Test
    void validation_names_every_wrong_part_and_checks_each_against_its_own_maximum() {
        FirstContactMessage wrong = new FirstContactMessage(
                "x".repeat(ContactRules.WHO_I_AM_MAX + 1), "x".repeat(ContactRules.WHY_I_WRITE_MAX), " ");

        assertThatThrownBy(() -> ContactRules.validate(wrong))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::messageKey)
                                .containsExactlyInAnyOrder(
                                        tuple("whoIAm", "contact.validation.tooLong"),
                                        tuple("nextStep", "contact.validation.required")));
    }

    @Test
    void a_valid_message_comes_back_cleaned() {
        FirstContactMessage valid =
                ContactRules.validate(new FirstContactMessage(" Ich bin Lena.\r\n", "\nWeil.", " Telefonat? "));

        assertThat(valid).isEqualTo(new FirstContactMessage("Ich bin Lena.", "Weil.", "Telefonat?"));
    }
}
