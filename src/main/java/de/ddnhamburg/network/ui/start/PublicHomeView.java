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
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.account.JoinView;
import de.ddnhamburg.network.ui.account.LoginView;
import de.ddnhamburg.network.ui.layout.PublicLayout;

/** What guests see first: what the network is for and how to get in. Members go to their start page. */
@Route(value = RoutePaths.PUBLIC_HOME, layout = PublicLayout.class)
@AnonymousAllowed
public class PublicHomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;

    public PublicHomeView(AuthenticationContext authentication) {
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
        add(hero, pillars, topics);
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
