package de.ddnhamburg.network.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The settings an operator gives in production, for the few {@link IntegrationTest}s that check
 * them: the default limit of anonymous forms per client address (which the test profile raises
 * for everything else, whose requests share one address), a complete imprint, and a guest
 * retention and privacy notice version other than the defaults, so a page shows what is
 * configured. Every class that needs one of them gets all of them, so that they share one Spring
 * context instead of starting one each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(
        properties = {
            "app.security.form-limits.per-address=" + OperatorSettings.FORM_LIMIT_PER_ADDRESS,
            "app.legal.operator.name=Das Demographie Netzwerk e. V.",
            "app.legal.operator.address=Musterstraße 1, 20095 Hamburg",
            "app.legal.operator.representative=Der Vorstand: Erika Beispiel",
            "app.legal.operator.register=Amtsgericht Hamburg, VR 12345",
            "app.legal.operator.email=kontakt@ddn-hamburg.example",
            "app.legal.data-protection-officer.name=Daniel Datenschutz",
            "app.legal.data-protection-officer.email=datenschutz@ddn-hamburg.example",
            "app.events.guest-retention=P60D",
            "app.privacy.version=2027-01"
        })
public @interface OperatorSettings {

    /** The default of app.security.form-limits.per-address (FormLimitProperties). */
    int FORM_LIMIT_PER_ADDRESS = 10;
}
