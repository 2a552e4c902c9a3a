package de.ddnhamburg.network.ui.account;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.PublicLayout;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import java.util.Map;
import java.util.Set;

/**
 * The form posts to Spring Security's login endpoint. Unknown address and wrong password get the
 * same message on purpose, so that nobody can find out who is a member.
 */
@Route(value = RoutePaths.LOGIN, layout = PublicLayout.class)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();
    private final Paragraph blocked = new Paragraph();

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");
        form.setAction(RoutePaths.LOGIN);
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(
                event -> event.getSource().getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(translatedI18n());
        blocked.setId("login-blocked");
        blocked.addClassName("login-blocked");
        blocked.setText(getTranslation("login.blocked"));
        blocked.setVisible(false);
        RouterLink join = new RouterLink(getTranslation("nav.join"), JoinView.class);
        join.setId("login-join-link");
        Paragraph noAccount = new Paragraph(getTranslation("login.noAccount") + " ");
        noAccount.add(join);
        noAccount.addClassName("login-join");
        add(blocked, form, noAccount);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(MemberHomeView.class);
            return;
        }
        Map<String, ?> parameters = event.getLocation().getQueryParameters().getParameters();
        Set<String> flags = parameters.keySet();
        form.setError(flags.contains("error"));
        blocked.setVisible(flags.contains("blocked"));
    }

    LoginForm form() {
        return form;
    }

    private LoginI18n translatedI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.emailRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    @Override
    public String titleKey() {
        return "login.title";
    }
}
