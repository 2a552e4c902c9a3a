package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** A readable page of headed paragraphs, all from translation keys: legal pages and the like. */
public class TextPage extends Div {

    public TextPage(String titleKey) {
        addClassName("text-page");
        add(new H1(getTranslation(titleKey)));
    }

    public TextPage section(String headingKey, String... paragraphKeys) {
        add(new H2(getTranslation(headingKey)));
        return paragraphs(paragraphKeys);
    }

    public TextPage paragraphs(String... paragraphKeys) {
        for (String key : paragraphKeys) {
            add(new Paragraph(getTranslation(key)));
        }
        return this;
    }
}
