package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.component.UI;

/** Builds "page | ddn Hamburg" in one place for {@link TranslatedTitle} and {@link NamedTitle}. */
final class PageTitles {

    private PageTitles() {}

    static String withAppName(String page) {
        return page + " | " + translate("app.name");
    }

    static String translate(String key, Object... arguments) {
        return UI.getCurrentOrThrow().getTranslation(key, arguments);
    }
}
