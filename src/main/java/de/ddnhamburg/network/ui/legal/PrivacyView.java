package de.ddnhamburg.network.ui.legal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.TextPage;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.PublicLayout;

@Route(value = RoutePaths.PRIVACY, layout = PublicLayout.class)
@AnonymousAllowed
public class PrivacyView extends Composite<TextPage> implements TranslatedTitle {

    @Override
    protected TextPage initContent() {
        return new TextPage("legal.privacy.title")
                .paragraphs("legal.privacy.intro")
                .section("legal.privacy.controller.heading", "legal.privacy.controller.text")
                .section("legal.privacy.data.heading", "legal.privacy.data.text")
                .section("legal.privacy.cookies.heading", "legal.privacy.cookies.text")
                .section("legal.privacy.log.heading", "legal.privacy.log.text")
                .section("legal.privacy.rights.heading", "legal.privacy.rights.text");
    }

    @Override
    public String titleKey() {
        return "legal.privacy.title";
    }
}
