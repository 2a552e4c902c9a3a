package de.ddnhamburg.network.ui.i18n;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import java.util.Locale;

/**
 * Vaadin's own messages (session expired, internal error, cookies off) from the translation files,
 * in the language of the session, rather than Vaadin's English defaults.
 */
public class TranslatedSystemMessages implements SystemMessagesProvider {

    private final TranslationProvider translations;

    public TranslatedSystemMessages(TranslationProvider translations) {
        this.translations = translations;
    }

    @Override
    public SystemMessages getSystemMessages(SystemMessagesInfo info) {
        Locale locale = TranslationProvider.supported(info.getLocale());
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(text("system.sessionExpired.caption", locale));
        messages.setSessionExpiredMessage(text("system.sessionExpired.message", locale));
        messages.setInternalErrorCaption(text("system.internalError.caption", locale));
        messages.setInternalErrorMessage(text("system.internalError.message", locale));
        messages.setCookiesDisabledCaption(text("system.cookiesDisabled.caption", locale));
        messages.setCookiesDisabledMessage(text("system.cookiesDisabled.message", locale));
        return messages;
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
