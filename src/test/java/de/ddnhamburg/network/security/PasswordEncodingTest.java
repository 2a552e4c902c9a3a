package de.ddnhamburg.network.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordEncodingTest {

    private final PasswordEncoder encoder = new PasswordEncoderConfig().passwordEncoder();

    @Test
    void new_hashes_are_argon2id_with_at_least_the_owasp_parameters() {
        String hash = encoder.encode("correct horse battery staple");

        assertThat(hash).startsWith("{argon2}$argon2id$").contains("m=19456,t=2,p=1");
        assertThat(encoder.matches("correct horse battery staple", hash)).isTrue();
        assertThat(encoder.matches("correct horse battery stapl", hash)).isFalse();
    }

    @Test
    void passwords_are_compared_exactly_as_typed() {
        String hash = encoder.encode(" leading and trailing spaces ");

        assertThat(encoder.matches(" leading and trailing spaces ", hash)).isTrue();
        assertThat(encoder.matches("leading and trailing spaces", hash)).isFalse();
    }

    @Test
    void old_bcrypt_hashes_still_work_and_are_marked_for_upgrade() {
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("an imported password");

        assertThat(encoder.matches("an imported password", bcrypt)).isTrue();
        assertThat(encoder.upgradeEncoding(bcrypt)).isTrue();
        assertThat(encoder.upgradeEncoding(encoder.encode("fresh password here")))
                .isFalse();
    }
}
