package de.ddnhamburg.network.domain.congress.print;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of printed matter and exports from the translation bundles, German unless English is
 * asked for; read like the mails' texts, since the domain cannot use Vaadin's translation provider.
 */
public final class PrintTexts {

    private static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private PrintTexts() {}

    /** German or English, the languages the bundles have. */
    public static Locale supported(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
    }

    /** The text of the key with its placeholders filled in ({@link MessageFormat}, in the locale). */
    public static String text(Locale locale, String key, Object... arguments) {
        Locale language = supported(locale);
        String pattern = ResourceBundle.getBundle(
                        BUNDLE, Locale.ENGLISH.equals(language) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK)
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }
}
