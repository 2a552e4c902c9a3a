package de.ddnhamburg.network.ui.start;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.domain.member.MemberSummary;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** The members' start page. Contact requests, suggestions and events will join it as they are built. */
@Route(value = RoutePaths.MEMBER_HOME, layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class MemberHomeView extends Div implements HasDynamicTitle {

    public MemberHomeView(MemberService members) {
        addClassName("member-home");
        MemberSummary me = members.getCurrentMember();
        H1 greeting = new H1(getTranslation("home.member.greeting", me.displayName()));
        greeting.setId("greeting");
        Div intro = new Div(new H2(getTranslation("home.member.introTitle")), new Paragraph(getTranslation("home.member.introText")));
        intro.addClassName("card");
        add(greeting, new Paragraph(getTranslation("home.member.lead")), intro);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.start") + " | " + getTranslation("app.name");
    }
}
