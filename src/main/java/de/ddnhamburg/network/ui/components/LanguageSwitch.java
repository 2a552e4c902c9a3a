package de.ddnhamburg.network.ui.components;

import static de.ddnhamburg.network.ui.components.Markup.escape;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import de.ddnhamburg.network.ui.i18n.LanguagePreference;
import de.ddnhamburg.network.ui.i18n.TranslationProvider;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Two buttons, DE and EN; the current language is marked and not clickable.
 *
 * <p>The same {@code <vaadin-button>}s as Vaadin's {@link Button}, drawn by the browser from one
 * property, with one click listener on this element that reads which button was clicked: as
 * components they cost every page's session four state nodes and two listeners for two letters
 * (docs/benchmarks.md, "Memory per session"). Keyboard and screen readers meet the web component
 * as before; a disabled button takes no clicks.
 */
// The button web component comes into the page with Vaadin's Button.
@Uses(Button.class)
public class LanguageSwitch extends Div {

    /** Evaluated in the browser on a click: the id of the button clicked, or empty. */
    static final String CLICKED = "event.target.closest('vaadin-button')?.id ?? ''";

    private static final String ID_PREFIX = "language-";

    public LanguageSwitch(LanguagePreference preference) {
        addClassName("language-switch");
        Locale current = TranslationProvider.supported(getLocale());
        StringBuilder html = new StringBuilder();
        for (Locale locale : TranslationProvider.LOCALES) {
            String language = locale.getLanguage();
            html.append("<vaadin-button id=\"" + ID_PREFIX + language + "\" theme=\"tertiary small\" aria-label=\"")
                    .append(escape(getTranslation("language.switch." + language)))
                    .append(locale.equals(current) ? "\" disabled=\"\">" : "\">")
                    .append(language.toUpperCase(Locale.ROOT))
                    .append("</vaadin-button>");
        }
        getElement().setProperty("innerHTML", html.toString());
        getElement()
                .addEventListener(
                        "click",
                        event -> chosen(event.getEventData().get(CLICKED))
                                .filter(locale -> !locale.equals(current))
                                .ifPresent(preference::choose))
                .addEventData(CLICKED);
    }

    /** The language of a button's id; anything else the browser sends chooses nothing. */
    static Optional<Locale> chosen(@Nullable JsonNode clicked) {
        String buttonId = clicked != null && clicked.isString() ? clicked.asString() : "";
        return TranslationProvider.LOCALES.stream()
                .filter(locale -> buttonId.equals(ID_PREFIX + locale.getLanguage()))
                .findFirst();
    }
}
