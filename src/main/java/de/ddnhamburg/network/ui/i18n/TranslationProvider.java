package de.ddnhamburg.network.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * German first, English second. Bundles live in {@code i18n/messages*.properties}; German is the
 * root bundle, so a language we do not offer gets German, never the server's own locale.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(GERMAN, ENGLISH);

    private static final Logger LOG = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            LOG.warn("Missing translation for key '{}' in locale {}", key, locale);
            return "!" + key;
        }
    }

    public static Locale supported(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : GERMAN;
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale language = supported(locale);
        return ResourceBundle.getBundle(BUNDLE, GERMAN.equals(language) ? Locale.ROOT : language, NO_FALLBACK);
    }
}
