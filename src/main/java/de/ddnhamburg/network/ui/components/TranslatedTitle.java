package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page whose title is a translated text, followed by the platform's name: the view names only its
 * key, so every title has the same shape and follows the user's language.
 */
public interface TranslatedTitle extends HasDynamicTitle {

    /** The translation key of this page's own part of the title, e.g. {@code member.directory.title}. */
    String titleKey();

    /** Arguments for {@link #titleKey()}, for titles like "Participants of {0}". */
    default Object[] titleArguments() {
        return new Object[0];
    }

    @Override
    default String getPageTitle() {
        return PageTitles.withAppName(PageTitles.translate(titleKey(), titleArguments()));
    }
}
