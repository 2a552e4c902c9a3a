package de.ddnhamburg.network.domain.common;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings every feature shares (docs/configuration.md).
 *
 * @param publicUrl where members reach the platform ({@code APP_PUBLIC_URL}); every mailed link
 *     starts with it ({@link PublicLinks})
 * @param privacy the privacy notice that joining members and guests agree to
 */
@Validated
@ConfigurationProperties("app")
public record PlatformProperties(
        @NotBlank String publicUrl, @Valid @NotNull Privacy privacy) {

    /** @param version the notice's version, stored with each consent ({@code APP_PRIVACY_VERSION}) */
    public record Privacy(@NotBlank @Size(max = 50) String version) {}

    /** An absolute http(s) address with a host and without query or fragment, so that paths can follow it. */
    @AssertTrue(
            message = "app.public-url (APP_PUBLIC_URL) must be an absolute http(s) address such as"
                    + " https://netzwerk.example.org")
    public boolean isPublicUrlAbsolute() {
        if (publicUrl == null) {
            return false;
        }
        try {
            URI uri = new URI(publicUrl);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
