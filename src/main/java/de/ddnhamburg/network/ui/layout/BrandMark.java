package de.ddnhamburg.network.ui.layout;

import static de.ddnhamburg.network.ui.components.Markup.escape;

import com.vaadin.flow.component.Html;

/**
 * The network's name as a word mark, shared by both layouts. One element whose inner markup the
 * browser builds: as eight components it cost every session eight state nodes for text that never
 * changes (docs/benchmarks.md, "Memory per session"). The texts are escaped, never markup.
 */
final class BrandMark {

    private BrandMark() {}

    static Html create(String name, String tagline) {
        return new Html("<div class=\"brand\"><span class=\"brand-mark\">ddn</span><div class=\"brand-text\">"
                + "<span class=\"brand-name\">" + escape(name) + "</span>"
                + "<span class=\"brand-tagline\">" + escape(tagline) + "</span></div></div>");
    }
}
