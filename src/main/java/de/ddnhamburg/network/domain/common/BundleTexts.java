package de.ddnhamburg.network.domain.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts the domain writes itself (calendar entries, PDFs, exports) from the same translation
 * bundles as the UI ({@code i18n/messages*.properties}), in German (the root bundle) unless English
 * is asked for. The domain cannot use the UI's Vaadin translation provider, so it reads the bundles
 * itself; the server's own locale never matters.
 */
public final class BundleTexts {

    private static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private BundleTexts() {}

    /** German or English, the languages the bundles have. */
    public static Locale supported(Locale language) {
        return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
    }

    /**
     * The text of the key with its placeholders filled in by {@link MessageFormat}; without
     * arguments the text as it stands (so a single apostrophe needs no doubling there).
     */
    public static String text(Locale language, String key, Object... arguments) {
        Locale locale = supported(language);
        String pattern = ResourceBundle.getBundle(
                        BUNDLE, Locale.ENGLISH.equals(locale) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK)
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
