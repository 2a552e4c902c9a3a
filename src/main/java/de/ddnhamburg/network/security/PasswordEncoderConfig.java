package de.ddnhamburg.network.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordEncoderConfig {

    // OWASP Password Storage Cheat Sheet minimum for Argon2id: 19 MiB memory, 2 iterations, parallelism 1.
    // Spring's own defaults use 16 MiB, so the parameters are given explicitly.
    static final int ARGON2_SALT_LENGTH = 16;
    static final int ARGON2_HASH_LENGTH = 32;
    static final int ARGON2_PARALLELISM = 1;
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = new Argon2PasswordEncoder(
                ARGON2_SALT_LENGTH, ARGON2_HASH_LENGTH, ARGON2_PARALLELISM, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
        // bcrypt stays readable so that imported hashes keep working and are upgraded at the next login.
        Map<String, PasswordEncoder> encoders = Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder(12));
        return new DelegatingPasswordEncoder("argon2", encoders);
    }
}
