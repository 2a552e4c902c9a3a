package de.ddnhamburg.network.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of pages that guests and members both open, such as a public event: the member
 * area's {@link MainLayout} for the signed-in, the {@link PublicLayout} for guests. A route has one
 * layout class, so this one picks the real frame per UI and hands the page to it. The page itself
 * decides what each may see; this only frames it.
 */
@AnonymousAllowed
public class AdaptiveLayout extends Div implements RouterLayout {

    private final RouterLayout frame;

    public AdaptiveLayout(AuthenticationContext authentication) {
        Instantiator instantiator = VaadinService.getCurrent().getInstantiator();
        addClassName("adaptive-layout");
        Component chosen = authentication.isAuthenticated()
                ? instantiator.createComponent(MainLayout.class)
                : instantiator.createComponent(PublicLayout.class);
        frame = (RouterLayout) chosen;
        add(chosen);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        frame.showRouterLayoutContent(content);
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        frame.removeRouterLayoutContent(oldContent);
    }
}
