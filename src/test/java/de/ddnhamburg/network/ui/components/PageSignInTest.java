package de.ddnhamburg.network.ui.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

class PageSignInTest {

    private final Authentication pageUser = new TestingAuthenticationToken("member@example.org", "", "ROLE_MEMBER");
    private final Authentication actingAdmin = new TestingAuthenticationToken("admin@example.org", "", "ROLE_ADMIN");
    private final PageSignIn signIn = new PageSignIn();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void reads_with_the_page_users_sign_in_not_with_the_rights_of_whoever_caused_the_change() {
        SecurityContextHolder.getContext().setAuthentication(pageUser);
        signIn.capture();
        SecurityContextHolder.getContext().setAuthentication(actingAdmin);

        AtomicReference<@Nullable Authentication> readAs = new AtomicReference<>();
        signIn.run(() -> readAs.set(SecurityContextHolder.getContext().getAuthentication()));

        assertThat(readAs.get()).isSameAs(pageUser);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(actingAdmin);
    }

    @Test
    void a_failed_read_still_gives_the_thread_its_own_context_back() {
        SecurityContextHolder.getContext().setAuthentication(pageUser);
        signIn.capture();
        SecurityContextHolder.getContext().setAuthentication(actingAdmin);

        assertThatThrownBy(() -> signIn.run(() -> {
                    throw new IllegalStateException("gone");
                }))
                .hasMessage("gone");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(actingAdmin);
    }

    @Test
    void after_detach_a_late_broadcast_reads_anonymously() {
        SecurityContextHolder.getContext().setAuthentication(pageUser);
        signIn.capture();
        signIn.forget();

        AtomicReference<@Nullable Authentication> readAs = new AtomicReference<>(pageUser);
        signIn.run(() -> readAs.set(SecurityContextHolder.getContext().getAuthentication()));

        assertThat(readAs.get()).isNull();
    }
}
