package de.ddnhamburg.network.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import de.ddnhamburg.network.ui.i18n.LanguagePreference;
import de.ddnhamburg.network.ui.i18n.TranslatedSystemMessages;
import de.ddnhamburg.network.ui.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every new session our error handler and Vaadin's messages in its language, and every new UI
 * the remembered language: in its texts, in {@code <html lang>} (screen readers pick their voice by
 * it) and in the notice shown while the connection is lost. Choosing a language reloads the page,
 * so a new UI follows every choice.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private final LanguagePreference languagePreference;
    private final UiErrorHandler errorHandler;
    private final TranslationProvider translations;

    UiInitializer(
            LanguagePreference languagePreference, UiErrorHandler errorHandler, TranslationProvider translations) {
        this.languagePreference = languagePreference;
        this.errorHandler = errorHandler;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(errorHandler));
        event.getSource().setSystemMessagesProvider(new TranslatedSystemMessages(translations));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                languagePreference.remembered(request, ui.getSession()).ifPresent(locale -> {
                    ui.setLocale(locale);
                    ui.getSession().setLocale(locale);
                });
            }
            speak(ui);
        });
    }

    private static void speak(UI ui) {
        String language = TranslationProvider.supported(ui.getLocale()).getLanguage();
        ui.getPage().executeJs("document.documentElement.lang = $0;", language);
        var reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("system.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation("system.offline"));
    }
}
