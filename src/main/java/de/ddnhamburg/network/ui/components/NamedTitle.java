package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page titled with the name of what it shows (an event, a group, a member), followed by the
 * platform's name like every other title; see {@link TranslatedTitle} for translated titles.
 */
public interface NamedTitle extends HasDynamicTitle {

    /** The name as stored, not translated; empty until the page has loaded what it shows. */
    String titleName();

    @Override
    default String getPageTitle() {
        return PageTitles.withAppName(titleName());
    }
}
