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

    /**
     * A heading and a paragraph of lines that are already text (configured data such as an address,
     * or translations with their arguments filled in); blank lines are left out, and a section of
     * only blank lines entirely.
     */
    public TextPage lines(String headingKey, String... lines) {
        java.util.List<String> filled =
                java.util.Arrays.stream(lines).filter(line -> !line.isBlank()).toList();
        if (filled.isEmpty()) {
            // Nothing configured for it (yet): no heading without content.
            return this;
        }
        add(new H2(getTranslation(headingKey)));
        Paragraph paragraph = new Paragraph(String.join("\n", filled));
        paragraph.addClassName("text-lines");
        add(paragraph);
        return this;
    }

    public TextPage paragraphs(String... paragraphKeys) {
        for (String key : paragraphKeys) {
            add(new Paragraph(getTranslation(key)));
        }
        return this;
    }
}
