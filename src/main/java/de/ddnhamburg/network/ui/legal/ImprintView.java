package de.ddnhamburg.network.ui.legal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.TextPage;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.PublicLayout;

@Route(value = RoutePaths.IMPRINT, layout = PublicLayout.class)
@AnonymousAllowed
public class ImprintView extends Composite<TextPage> implements TranslatedTitle {

    @Override
    protected TextPage initContent() {
        return new TextPage("legal.imprint.title")
                .section("legal.imprint.provider.heading", "legal.imprint.provider.text")
                .section("legal.imprint.contact.heading", "legal.imprint.contact.text")
                .section("legal.imprint.responsible.heading", "legal.imprint.responsible.text")
                .section("legal.imprint.liability.heading", "legal.imprint.liability.text");
    }

    @Override
    public String titleKey() {
        return "legal.imprint.title";
    }
}
