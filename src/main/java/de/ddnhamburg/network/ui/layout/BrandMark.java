package de.ddnhamburg.network.ui.layout;

import static de.ddnhamburg.network.ui.components.Markup.escape;

import com.vaadin.flow.router.RouterLink;

/**
 * The network's name as a word mark, shared by both layouts: the inner markup of the link to the
 * start page, which the browser builds. As eight components it cost every session eight state nodes
 * for text that never changes, and as an element of its own inside the link one more
 * (docs/benchmarks.md, "Memory per session"). The texts are escaped, never markup.
 */
final class BrandMark {

    private BrandMark() {}

    /** Makes the word mark the link's content. */
    static void into(RouterLink link, String name, String tagline) {
        link.getElement()
                .setProperty(
                        "innerHTML",
                        "<div class=\"brand\"><span class=\"brand-mark\">ddn</span><div class=\"brand-text\">"
                                + "<span class=\"brand-name\">" + escape(name) + "</span>"
                                + "<span class=\"brand-tagline\">" + escape(tagline) + "</span></div></div>");
    }
}
