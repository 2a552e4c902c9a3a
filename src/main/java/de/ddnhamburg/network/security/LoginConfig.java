package de.ddnhamburg.network.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The login checks the password before the account's status. Spring's default checks a disabled
 * account first and answers without hashing, so a pending or suspended account would answer
 * measurably faster than an active one with a wrong password; now every known account costs one
 * Argon2 hash (and an unknown address one too, Spring's dummy hash), and only a correct password
 * learns that the account cannot log in.
 */
@Configuration(proxyBeanMethods = false)
class LoginConfig {

    @Bean
    DaoAuthenticationProvider memberAuthenticationProvider(MemberUserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setUserDetailsPasswordService(users);
        AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(status);
        return provider;
    }
}
