package de.ddnhamburg.network.ui.layout;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.ui.legal.ImprintView;
import de.ddnhamburg.network.ui.legal.PrivacyView;

/** Imprint and privacy notice, which the law wants one click away on every page, in both layouts. */
final class LegalLinks extends Nav {

    LegalLinks() {
        addClassName("legal-links");
        getElement().setAttribute("aria-label", getTranslation("nav.legal"));
        RouterLink imprint = new RouterLink(getTranslation("legal.imprint.title"), ImprintView.class);
        imprint.setId("footer-imprint");
        RouterLink privacy = new RouterLink(getTranslation("legal.privacy.title"), PrivacyView.class);
        privacy.setId("footer-privacy");
        add(imprint, privacy);
    }
}
