package de.ddnhamburg.network.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Mailed links start with the configured address, and only an absolute http(s) address is taken. */
class PublicLinksTest {

    private static final jakarta.validation.ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void links_start_with_the_public_address_with_or_without_a_trailing_slash() {
        assertThat(links("https://netzwerk.example.org").withToken(PublicLinks.CONFIRM_REGISTRATION, "abc"))
                .isEqualTo("https://netzwerk.example.org/konto/bestaetigen?token=abc");
        assertThat(links("https://example.org/ddn/").page(PublicLinks.LOGIN))
                .isEqualTo("https://example.org/ddn/login");
        assertThat(links("https://example.org/ddn/").event(7)).isEqualTo("https://example.org/ddn/veranstaltungen/7");
        assertThat(links("http://localhost:8080").personalFeed("s3cret"))
                .isEqualTo("http://localhost:8080/kalender/abo/s3cret.ics");
        assertThat(links("https://netzwerk.example.org:8443/").host()).isEqualTo("netzwerk.example.org");
    }

    @Test
    void a_public_address_that_is_not_absolute_http_is_refused_at_start() {
        for (String url : new String[] {
            "netzwerk.example.org",
            "javascript:alert(1)",
            "ftp://example.org",
            "https://",
            "https://example.org/?a=1",
            "${APP_PUBLIC_URL}"
        }) {
            assertThat(VALIDATOR.validate(properties(url)))
                    .as(url)
                    .singleElement()
                    .satisfies(problem -> assertThat(problem.getMessage()).contains("APP_PUBLIC_URL"));
        }
        assertThat(VALIDATOR.validate(properties("https://netzwerk.example.org/")))
                .isEmpty();
        assertThat(VALIDATOR.validate(properties("http://localhost:8080"))).isEmpty();
    }

    private static PlatformProperties properties(String url) {
        return new PlatformProperties(url, new PlatformProperties.Privacy("2026-11"));
    }

    private static PublicLinks links(String url) {
        return new PublicLinks(properties(url));
    }
}
