package de.ddnhamburg.network.ui.layout;

import static de.ddnhamburg.network.ui.components.Markup.escape;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouteConfiguration;
import de.ddnhamburg.network.ui.legal.ImprintView;
import de.ddnhamburg.network.ui.legal.PrivacyView;

/**
 * Imprint and privacy notice, which the law wants one click away on every page, in both layouts.
 * Plain links whose markup the browser builds from one property: as router links they cost every
 * session four state nodes for text that never changes (docs/benchmarks.md, "Memory per session").
 * Flow's router takes a click on any link to the application's own pages, so they still open
 * without reloading the page.
 */
final class LegalLinks extends Nav {

    private static final String FEDERAL_NETWORK = "https://www.demographie-netzwerk.de";

    private LegalLinks(boolean federalNetwork) {
        addClassName("legal-links");
        getElement().setAttribute("aria-label", getTranslation("nav.legal"));
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        StringBuilder html = new StringBuilder()
                .append(link("footer-imprint", routes.getUrl(ImprintView.class), getTranslation("legal.imprint.title")))
                .append(link(
                        "footer-privacy", routes.getUrl(PrivacyView.class), getTranslation("legal.privacy.title")));
        if (federalNetwork) {
            html.append("<a href=\"" + FEDERAL_NETWORK + "\" target=\"_blank\" rel=\"noopener noreferrer\">")
                    .append(escape(getTranslation("footer.federalNetwork")))
                    .append("</a>");
        }
        getElement().setProperty("innerHTML", html.toString());
    }

    /** The member area's footer. */
    static LegalLinks of() {
        return new LegalLinks(false);
    }

    /** The public pages' footer, which also links the federal network's website (in a new tab). */
    static LegalLinks withFederalNetwork() {
        return new LegalLinks(true);
    }

    private static String link(String id, String href, String text) {
        return "<a id=\"" + id + "\" href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }
}
