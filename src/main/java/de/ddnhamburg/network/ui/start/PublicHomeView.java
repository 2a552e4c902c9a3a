package de.ddnhamburg.network.ui.start;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.ddnhamburg.network.domain.congress.CongressCard;
import de.ddnhamburg.network.domain.congress.CongressReadService;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.account.JoinView;
import de.ddnhamburg.network.ui.account.LoginView;
import de.ddnhamburg.network.ui.congress.CongressFormat;
import de.ddnhamburg.network.ui.congress.CongressView;
import de.ddnhamburg.network.ui.layout.PublicLayout;
import java.util.Map;

/** What guests see first: what the network is for and how to get in. Members go to their start page. */
@Route(value = RoutePaths.PUBLIC_HOME, layout = PublicLayout.class)
@AnonymousAllowed
public class PublicHomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;

    public PublicHomeView(AuthenticationContext authentication, CongressReadService congresses) {
        this.authentication = authentication;
        addClassName("public-home");

        RouterLink login = new RouterLink(getTranslation("home.public.loginButton"), LoginView.class);
        login.addClassName("button-link");
        login.setId("hero-login");
        // Guests are who this page is for, so joining is the first action.
        RouterLink join = new RouterLink(getTranslation("home.public.joinButton"), JoinView.class);
        join.addClassName("button-link");
        join.addClassName("primary");
        join.setId("hero-join");
        Div actions = new Div(join, login);
        actions.addClassName("hero-actions");
        Section hero = new Section(
                new H1(getTranslation("home.public.title")),
                new Paragraph(getTranslation("home.public.lead")),
                actions);
        hero.addClassName("hero");

        Div pillars = new Div(
                pillar("home.public.people.title", "home.public.people.text"),
                pillar("home.public.groups.title", "home.public.groups.text"),
                pillar("home.public.events.title", "home.public.events.text"));
        pillars.addClassName("pillars");

        Section topics = new Section(
                new H2(getTranslation("home.public.topics.title")),
                new Paragraph(getTranslation("home.public.topics.text")));
        topics.addClassName("home-topics");
        add(hero);
        congresses.current().ifPresent(congress -> add(congressTeaser(congress)));
        add(pillars, topics);
    }

    /** The published Fachkongress, while it is published: what, when, where, and the way to its page. */
    private Section congressTeaser(CongressCard congress) {
        RouterLink link = new RouterLink(
                getTranslation("home.public.congress.link"),
                CongressView.class,
                new RouteParameters(Map.of(CongressView.ID, String.valueOf(congress.id()))));
        link.addClassNames("button-link", "primary");
        link.setId("home-congress-link");
        Section teaser = new Section(
                new Paragraph(getTranslation("home.public.congress.kicker")),
                new H2(congress.title()),
                new Paragraph(CongressFormat.day(congress.firstDay(), getLocale()) + " · " + congress.venueName()),
                link);
        teaser.setId("home-congress");
        teaser.addClassName("home-congress");
        return teaser;
    }

    private Div pillar(String titleKey, String textKey) {
        Div card = new Div(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        card.addClassName("card");
        return card;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(MemberHomeView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
