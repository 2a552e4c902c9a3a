package de.ddnhamburg.network.ui.error;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.start.PublicHomeView;

/** The common look of error pages: a title, an explanation and a way back. */
abstract class ErrorPage extends Div implements TranslatedTitle {

    private final String titleKey;

    ErrorPage(String titleKey, String textKey) {
        this.titleKey = titleKey;
        addClassName("error-page");
        RouterLink home = new RouterLink(getTranslation("error.backHome"), PublicHomeView.class);
        home.addClassName("button-link");
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)), home);
    }

    @Override
    public String titleKey() {
        return titleKey;
    }
}
