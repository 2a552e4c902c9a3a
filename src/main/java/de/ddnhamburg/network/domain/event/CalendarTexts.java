package de.ddnhamburg.network.domain.event;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The few words of calendar entries ("Warteliste: …"), from the same translation bundles as the UI,
 * in the reader's language: German (the root bundle) or English. The domain cannot use the UI's
 * Vaadin translation provider, so it reads the bundles itself, like the mail templates.
 */
@Component
class CalendarTexts {

    private static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    String text(Locale language, String key, Object... arguments) {
        Locale locale = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        ResourceBundle bundle =
                ResourceBundle.getBundle(BUNDLE, Locale.GERMAN.equals(locale) ? Locale.ROOT : locale, NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
