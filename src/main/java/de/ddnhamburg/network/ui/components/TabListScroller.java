package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.component.tabs.TabSheet;

/**
 * Leaves only tabs inside a tab list. Vaadin 25.2's {@code vaadin-tabs} (role {@code tablist})
 * scrolls its tabs in a shadow {@code div} with {@code tabindex="-1"}; a focusable element without
 * a role is a child that a tab list may not have (axe {@code aria-required-children}, critical), so
 * a screen reader may not announce the tabs as one list. The {@code tabindex} only made the
 * scrolling box focusable by script; the tabs themselves stay focusable and scroll into view. The
 * script is fixed text, nothing a user typed.
 */
public final class TabListScroller {

    private static final String TIDY = """
            const tabs = this.querySelector('vaadin-tabs');
            if (tabs) {
                customElements.whenDefined('vaadin-tabs').then(() => (tabs.updateComplete || Promise.resolve()).then(() => {
                    const scroller = tabs.shadowRoot && tabs.shadowRoot.querySelector('[part~="tabs"]');
                    if (scroller) {
                        scroller.removeAttribute('tabindex');
                    }
                }));
            }
            """;

    private TabListScroller() {}

    public static void tidy(TabSheet sheet) {
        sheet.getElement().executeJs(TIDY);
    }
}
