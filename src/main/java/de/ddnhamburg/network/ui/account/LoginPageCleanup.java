package de.ddnhamburg.network.ui.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Closes the login page's UI once its sign-in has worked. The login form posts to Spring Security
 * and the browser then loads the start page as a new page, with a new UI; the login page's UI
 * stayed in the session until three heartbeats were missed (15 minutes), one whole page per
 * signed-in member (issue 13, point 3). So when a signed-in session opens a new UI, the session's
 * UIs that still show the login page are closed: none of them can be used any more (the login
 * view sends a signed-in visitor on to the start page), and a tab that still shows one simply
 * loads the page again when clicked.
 */
@Component
class LoginPageCleanup implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;

    LoginPageCleanup(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (authentication.isAuthenticated()) {
                closeLoginPages(init.getUI());
            }
        });
    }

    /** Closes the other UIs of the session that show the login page. */
    static void closeLoginPages(UI opened) {
        List<UI> others = opened.getSession().getUIs().stream()
                .filter(ui -> ui != opened && showsLoginPage(ui))
                .toList();
        others.forEach(UI::close);
    }

    private static boolean showsLoginPage(UI ui) {
        return ui.getInternals().getActiveRouterTargetsChain().stream().anyMatch(LoginView.class::isInstance);
    }
}
