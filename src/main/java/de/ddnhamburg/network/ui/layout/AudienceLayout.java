package de.ddnhamburg.network.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of pages that guests and members both open, such as the event calendar: members keep
 * their side navigation ({@link MainLayout}), guests get the public frame ({@link PublicLayout}).
 * A route has one layout class, so this one holds the right frame and passes the page on to it.
 */
@AnonymousAllowed
public class AudienceLayout extends Div implements RouterLayout {

    private final RouterLayout frame;

    public AudienceLayout(AuthenticationContext authentication) {
        addClassName("audience-layout");
        Class<? extends Component> type = authentication.isAuthenticated() ? MainLayout.class : PublicLayout.class;
        // Created like any layout, so that Spring injects its services.
        Component created = VaadinService.getCurrent().getInstantiator().createComponent(type);
        frame = (RouterLayout) created;
        add(created);
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
