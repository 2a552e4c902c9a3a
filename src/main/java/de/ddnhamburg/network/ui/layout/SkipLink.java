package de.ddnhamburg.network.ui.layout;

import com.vaadin.flow.component.html.Anchor;

/**
 * The first stop of the keyboard on every page: "Zum Inhalt springen", hidden until focused, moves
 * the focus past header and navigation to the page's {@code main} element. It handles the click in
 * the browser, so that the router does not take the fragment link for a navigation.
 */
final class SkipLink extends Anchor {

    static final String MAIN_ID = "main-content";

    SkipLink() {
        setHref("#" + MAIN_ID);
        // A property, not a text node: the browser shows the same link text, and every tab's
        // session holds one state node less (docs/benchmarks.md, "Memory per session").
        getElement().setProperty("innerText", getTranslation("nav.skipToContent"));
        setId("skip-link");
        addClassName("skip-link");
        getElement().executeJs("""
                        this.addEventListener('click', event => {
                            event.preventDefault();
                            const main = document.getElementById('%s');
                            if (main) { main.focus(); main.scrollIntoView(); }
                        });""".formatted(MAIN_ID));
    }
}
