package de.ddnhamburg.network.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import de.ddnhamburg.network.ui.i18n.LanguagePreference;
import org.springframework.stereotype.Component;

/** Gives every new session our error handler and every new UI the remembered language. */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private final LanguagePreference languagePreference;
    private final UiErrorHandler errorHandler;

    UiInitializer(LanguagePreference languagePreference, UiErrorHandler errorHandler) {
        this.languagePreference = languagePreference;
        this.errorHandler = errorHandler;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(errorHandler));
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                languagePreference
                        .remembered(request, init.getUI().getSession())
                        .ifPresent(locale -> {
                            init.getUI().setLocale(locale);
                            init.getUI().getSession().setLocale(locale);
                        });
            }
        });
    }
}
