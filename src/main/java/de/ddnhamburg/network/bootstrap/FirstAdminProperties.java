package de.ddnhamburg.network.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The first admin of a production database ({@code APP_ADMIN_EMAIL}, {@code APP_ADMIN_PASSWORD});
 * {@link FirstAdminInitializer} says what is missing.
 */
@Validated
@ConfigurationProperties("app.first-admin")
record FirstAdminProperties(
        @DefaultValue("") String email, @DefaultValue("") String password) {

    /** Never the password, wherever the settings are logged. */
    @Override
    public String toString() {
        return "FirstAdminProperties[email=" + email + "]";
    }
}
