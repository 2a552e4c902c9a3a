package de.ddnhamburg.network.ui.layout;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.ddnhamburg.network.domain.congress.CongressReadService;
import de.ddnhamburg.network.ui.account.JoinView;
import de.ddnhamburg.network.ui.account.LoginView;
import de.ddnhamburg.network.ui.components.LanguageSwitch;
import de.ddnhamburg.network.ui.congress.CongressView;
import de.ddnhamburg.network.ui.event.EventsView;
import de.ddnhamburg.network.ui.i18n.LanguagePreference;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import de.ddnhamburg.network.ui.start.PublicHomeView;
import java.util.Map;
import java.util.Objects;

/** The frame of the pages guests see: the network's name, events, login, language and the legal pages. */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public PublicLayout(
            AuthenticationContext authentication,
            LanguagePreference languagePreference,
            CongressReadService congresses) {
        addClassName("public-layout");
        content.addClassName("public-content");
        content.setId(SkipLink.MAIN_ID);
        // Focusable by the skip link only, not by Tab.
        content.getElement().setAttribute("tabindex", "-1");
        add(new SkipLink(), header(authentication, languagePreference, congresses), content, footer());
    }

    private Header header(
            AuthenticationContext authentication,
            LanguagePreference languagePreference,
            CongressReadService congresses) {
        RouterLink brand = new RouterLink(PublicHomeView.class);
        BrandMark.into(brand, getTranslation("app.name"), getTranslation("app.tagline"));
        brand.addClassName("brand-link");

        Nav nav = new Nav();
        nav.addClassName("public-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.main"));
        RouterLink events = new RouterLink(getTranslation("nav.events"), EventsView.class);
        events.setId("events-link");
        nav.add(events);
        congresses.current().ifPresent(congress -> {
            RouterLink link = new RouterLink(
                    getTranslation("nav.congress"),
                    CongressView.class,
                    new RouteParameters(Map.of(CongressView.ID, String.valueOf(congress.id()))));
            link.setId("congress-link");
            nav.add(link);
        });
        if (authentication.isAuthenticated()) {
            RouterLink memberArea = new RouterLink(getTranslation("nav.memberArea"), MemberHomeView.class);
            memberArea.setId("member-area-link");
            nav.add(memberArea);
        } else {
            RouterLink join = new RouterLink(getTranslation("nav.join"), JoinView.class);
            join.setId("join-link");
            RouterLink login = new RouterLink(getTranslation("nav.login"), LoginView.class);
            login.setId("login-link");
            login.addClassName("button-link");
            nav.add(join, login);
        }
        nav.add(new LanguageSwitch(languagePreference));

        Header header = new Header(brand, nav);
        header.addClassName("public-header");
        return header;
    }

    private Footer footer() {
        Footer footer = new Footer(LegalLinks.withFederalNetwork(), new Paragraph(getTranslation("footer.copyright")));
        footer.addClassName("public-footer");
        return footer;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(Objects.requireNonNull(view).getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.removeAll();
    }
}
