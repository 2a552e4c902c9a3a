package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import de.ddnhamburg.network.ui.i18n.LanguagePreference;
import de.ddnhamburg.network.ui.i18n.TranslationProvider;
import java.util.Locale;

/** Two buttons, DE and EN; the current language is marked and not clickable. */
public class LanguageSwitch extends Div {

    public LanguageSwitch(LanguagePreference preference) {
        addClassName("language-switch");
        Locale current = TranslationProvider.supported(getLocale());
        for (Locale locale : TranslationProvider.LOCALES) {
            Button button =
                    new Button(locale.getLanguage().toUpperCase(Locale.ROOT), click -> preference.choose(locale));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setId("language-" + locale.getLanguage());
            button.setAriaLabel(getTranslation("language.switch." + locale.getLanguage()));
            button.setEnabled(!locale.equals(current));
            add(button);
        }
    }
}
