package de.ddnhamburg.network.domain.member;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"twelve chars", "alllowercaseletters", "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂", "  spaces count  "})
    void length_alone_decides(String password) {
        assertThatCode(() -> PasswordRules.check(password)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars"})
    void shorter_than_twelve_is_refused(String password) {
        assertThatThrownBy(() -> PasswordRules.check(password))
                .isInstanceOf(DomainException.class)
                .hasMessage("validation.password.tooShort");
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 128})
    void long_passphrases_are_welcome(int length) {
        assertThatCode(() -> PasswordRules.check("x".repeat(length))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {129, 10_000})
    void absurdly_long_input_is_refused(int length) {
        assertThatThrownBy(() -> PasswordRules.check("x".repeat(length)))
                .isInstanceOf(DomainException.class)
                .hasMessage("validation.password.tooLong");
    }
}
