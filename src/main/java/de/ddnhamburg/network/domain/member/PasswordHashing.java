package de.ddnhamburg.network.domain.member;

import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Spring Security's encoder is declared to answer null, but it does so only for a null password. */
final class PasswordHashing {

    private PasswordHashing() {}

    static String hash(PasswordEncoder encoder, CharSequence password) {
        return Objects.requireNonNull(encoder.encode(password), "an encoder answers null only for a null password");
    }
}
