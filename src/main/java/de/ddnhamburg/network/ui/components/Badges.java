package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;

/** A row of small labels, e.g. topics or expertise. Text only, never HTML. */
public final class Badges {

    private Badges() {}

    public static Div of(Collection<String> labels, String variant) {
        Div row = new Div();
        row.addClassName("badges");
        for (String label : labels) {
            Span badge = new Span(label);
            badge.getElement().getThemeList().add("badge " + variant);
            row.add(badge);
        }
        return row;
    }
}
