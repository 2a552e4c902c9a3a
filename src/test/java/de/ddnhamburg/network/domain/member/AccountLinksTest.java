package de.ddnhamburg.network.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.ui.RoutePaths;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Mailed links lead to the pages that exist, on the configured address only. */
class AccountLinksTest {

    @Test
    void mailed_paths_are_the_routes_of_the_pages() {
        assertThat(AccountMails.CONFIRM_REGISTRATION_PATH).isEqualTo(RoutePaths.CONFIRM_REGISTRATION);
        assertThat(AccountMails.RESET_PASSWORD_PATH).isEqualTo(RoutePaths.RESET_PASSWORD);
        assertThat(AccountMails.CONFIRM_EMAIL_CHANGE_PATH).isEqualTo(RoutePaths.CONFIRM_EMAIL_CHANGE);
        assertThat(AccountMails.LOGIN_PATH).isEqualTo(RoutePaths.LOGIN);
        assertThat(AccountMails.FORGOT_PASSWORD_PATH).isEqualTo(RoutePaths.FORGOT_PASSWORD);
    }

    @Test
    void links_start_with_the_public_address_with_or_without_a_trailing_slash() {
        assertThat(settings("https://netzwerk.example.org").link("konto/bestaetigen", "abc"))
                .isEqualTo("https://netzwerk.example.org/konto/bestaetigen?token=abc");
        assertThat(settings("https://example.org/ddn/").page("login")).isEqualTo("https://example.org/ddn/login");
    }

    @Test
    void a_public_address_that_is_not_absolute_http_is_refused_at_start() {
        assertThatThrownBy(() -> settings("netzwerk.example.org")).hasMessageContaining("APP_PUBLIC_URL");
        assertThatThrownBy(() -> settings("javascript:alert(1)")).hasMessageContaining("APP_PUBLIC_URL");
    }

    @Test
    void secrets_are_hashed_with_sha_256_in_hex() {
        assertThat(de.ddnhamburg.network.domain.common.Secrets.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static AccountSettings settings(String url) {
        return new AccountSettings(
                URI.create(url),
                "2026-11",
                false,
                Duration.ofHours(48),
                Duration.ofMinutes(60),
                Duration.ofHours(24),
                3);
    }
}
