package de.ddnhamburg.network.domain.congress.print;

import de.ddnhamburg.network.domain.common.BundleTexts;
import java.util.Locale;

/** Texts of printed matter and exports from the translation bundles, German unless English is asked for. */
public final class PrintTexts {

    private PrintTexts() {}

    /** German or English, the languages the bundles have. */
    public static Locale supported(Locale locale) {
        return BundleTexts.supported(locale);
    }

    /** The text of the key with its placeholders filled in ({@link java.text.MessageFormat}, in the locale). */
    public static String text(Locale locale, String key, Object... arguments) {
        return BundleTexts.text(locale, key, arguments);
    }
}
