package de.ddnhamburg.network.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.ddnhamburg.network.domain.member.InvalidTokenException;
import de.ddnhamburg.network.domain.member.JoiningService;
import de.ddnhamburg.network.domain.member.MemberStatus;
import de.ddnhamburg.network.domain.member.TokenProblem;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.PublicLayout;

/**
 * Where the link in the confirmation mail leads. Opening the page only checks the link; the member
 * confirms with a click, so that a mail scanner fetching the link does not use it up.
 */
@Route(value = RoutePaths.CONFIRM_REGISTRATION, layout = PublicLayout.class)
@AnonymousAllowed
public class ConfirmRegistrationView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final JoiningService joining;

    public ConfirmRegistrationView(JoiningService joining) {
        this.joining = joining;
        addClassNames("account-page", "confirm-registration-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        if (token.isEmpty()) {
            add(new ResendConfirmationForm(joining));
            return;
        }
        add(new H1(getTranslation("account.confirm.title")));
        try {
            joining.checkConfirmation(token);
        } catch (InvalidTokenException e) {
            showProblem(e.problem());
            return;
        }
        Button confirm = new Button(getTranslation("account.confirm.button"), click -> confirm(token));
        confirm.setId("confirm-registration");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        add(new Paragraph(getTranslation("account.confirm.lead")), confirm);
    }

    private void confirm(String token) {
        MemberStatus status;
        try {
            status = joining.confirm(token);
        } catch (InvalidTokenException e) {
            removeAll();
            add(new H1(getTranslation("account.confirm.title")));
            showProblem(e.problem());
            return;
        }
        removeAll();
        add(new H1(getTranslation("account.confirm.title")));
        if (status == MemberStatus.ACTIVE) {
            add(Messages.status("confirm-done", getTranslation("account.confirm.active")), loginLink());
        } else {
            add(Messages.status("confirm-done", getTranslation("account.confirm.pendingApproval")));
        }
    }

    private void showProblem(TokenProblem problem) {
        add(Messages.problem("confirm-problem", getTranslation(problem.messageKey())));
        if (problem == TokenProblem.USED) {
            add(new Paragraph(getTranslation("account.confirm.usedHint")), loginLink());
        }
        add(new ResendConfirmationForm(joining));
    }

    private RouterLink loginLink() {
        RouterLink login = new RouterLink(getTranslation("nav.login"), LoginView.class);
        login.setId("confirm-login-link");
        login.addClassName("button-link");
        return login;
    }

    @Override
    public String titleKey() {
        return "account.confirm.title";
    }
}
