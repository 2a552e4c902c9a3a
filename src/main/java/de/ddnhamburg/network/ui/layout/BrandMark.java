package de.ddnhamburg.network.ui.layout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The network's name as a word mark, shared by both layouts. */
final class BrandMark {

    private BrandMark() {}

    static Div create(String name, String tagline) {
        Span mark = new Span("ddn");
        mark.addClassName("brand-mark");
        Span title = new Span(name);
        title.addClassName("brand-name");
        Span subtitle = new Span(tagline);
        subtitle.addClassName("brand-tagline");
        Div text = new Div(title, subtitle);
        text.addClassName("brand-text");
        Div brand = new Div(mark, text);
        brand.addClassName("brand");
        return brand;
    }
}
