package de.ddnhamburg.network.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.NavigationTrigger;
import org.jspecify.annotations.Nullable;

/**
 * Where a page of the member area starts. {@code vaadin-app-layout} scrolls the page in a part of
 * its shadow root ({@code [part~='content']}), not in the window; Flow's client resets and restores
 * only the window's scroll, so without this a new page opened at the previous page's offset (the
 * group page below a scrolled group list, for example).
 *
 * <p>A new page starts at the top. The same page with other query parameters (a calendar month, a
 * filter) keeps its place, as the member changed what the page shows, not which page it is. Back
 * and forward return to the offset the member left that address at, as browsers do for whole pages;
 * a list that loads more while scrolling may be shorter then, and the browser stops at its end.
 */
final class ContentScroll {

    /** What a navigation does to the scroll container. */
    enum Move {
        TOP,
        KEEP,
        RESTORE
    }

    /**
     * Runs in the browser on the {@code vaadin-app-layout} element with the move's name as $0. On its
     * first run it starts remembering each address's offset while the member scrolls.
     */
    private static final String SCROLL_CONTENT = """
            const content = this.shadowRoot && this.shadowRoot.querySelector("[part~='content']");
            if (!content) { return; }
            const address = () => location.pathname + location.search;
            if (!this.ddnScrollOffsets) {
                const offsets = new Map();
                content.addEventListener('scroll', () => offsets.set(address(), content.scrollTop), { passive: true });
                this.ddnScrollOffsets = offsets;
            }
            if ($0 === 'TOP') {
                content.scrollTop = 0;
            } else if ($0 === 'RESTORE') {
                content.scrollTop = this.ddnScrollOffsets.get(address()) || 0;
            }""";

    private @Nullable String previousPath;

    /** Moves the layout's scroll container as this navigation asks. */
    void afterNavigation(Component layout, AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        Move move = move(previousPath, path, event.getLocationChangeEvent().getTrigger());
        previousPath = path;
        layout.getElement().executeJs(SCROLL_CONTENT, move.name());
    }

    static Move move(@Nullable String previousPath, String path, NavigationTrigger trigger) {
        if (trigger == NavigationTrigger.HISTORY) {
            return Move.RESTORE;
        }
        return path.equals(previousPath) ? Move.KEEP : Move.TOP;
    }
}
