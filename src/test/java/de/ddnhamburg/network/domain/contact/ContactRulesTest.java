package de.ddnhamburg.network.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
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
        assertThat(ContactRules.maxLength("whoIAm"))
                .isEqualTo(ContactRules.WHO_I_AM_MAX)
                .isEqualTo(400);
        assertThat(ContactRules.maxLength("whyIWrite"))
                .isEqualTo(ContactRules.WHY_I_WRITE_MAX)
                .isEqualTo(800);
        assertThat(ContactRules.maxLength("nextStep"))
                .isEqualTo(ContactRules.NEXT_STEP_MAX)
                .isEqualTo(400);
        assertThatThrownBy(() -> ContactRules.maxLength("greeting")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validation_names_every_wrong_part_and_checks_each_against_its_own_maximum() {
        FirstContactMessage wrong = new FirstContactMessage(
                "x".repeat(ContactRules.WHO_I_AM_MAX + 1), "x".repeat(ContactRules.WHY_I_WRITE_MAX), " ");

        assertThatThrownBy(() -> ContactRules.validate(wrong))
                .isInstanceOfSatisfying(
                        FirstContactValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactlyInAnyOrderEntriesOf(Map.of(
                                        "whoIAm", "contact.validation.tooLong",
                                        "nextStep", "contact.validation.required")));
    }

    @Test
    void a_valid_message_comes_back_cleaned() {
        FirstContactMessage valid =
                ContactRules.validate(new FirstContactMessage(" Ich bin Lena.\r\n", "\nWeil.", " Telefonat? "));

        assertThat(valid).isEqualTo(new FirstContactMessage("Ich bin Lena.", "Weil.", "Telefonat?"));
    }
}
