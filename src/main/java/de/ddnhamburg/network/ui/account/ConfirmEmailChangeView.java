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
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.member.AccountService;
import de.ddnhamburg.network.domain.member.InvalidTokenException;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.PublicLayout;

/**
 * Where the link sent to a new address leads. Open to guests: the member may read the mail on a
 * device where they are not signed in, and the link itself is the proof.
 */
@Route(value = RoutePaths.CONFIRM_EMAIL_CHANGE, layout = PublicLayout.class)
@AnonymousAllowed
public class ConfirmEmailChangeView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final AccountService accounts;

    public ConfirmEmailChangeView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("account-page", "confirm-email-change-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        String newEmail;
        try {
            newEmail = accounts.checkEmailChange(token);
        } catch (InvalidTokenException e) {
            showProblem(getTranslation(e.problem().messageKey()));
            return;
        }
        reset();
        Button confirm = new Button(getTranslation("account.emailConfirm.button"), click -> confirm(token));
        confirm.setId("confirm-email-change");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        add(new Paragraph(getTranslation("account.emailConfirm.lead", newEmail)), confirm);
    }

    private void confirm(String token) {
        String newEmail;
        try {
            newEmail = accounts.confirmEmailChange(token);
        } catch (DomainException e) {
            showProblem(getTranslation(e.getMessageKey()));
            return;
        }
        reset();
        add(Messages.status("email-change-done", getTranslation("account.emailConfirm.done", newEmail)), accountLink());
    }

    private void showProblem(String message) {
        reset();
        add(
                Messages.problem("email-change-problem", message),
                new Paragraph(getTranslation("account.emailConfirm.again")),
                accountLink());
    }

    private void reset() {
        removeAll();
        add(new H1(getTranslation("account.emailConfirm.title")));
    }

    private RouterLink accountLink() {
        RouterLink account = new RouterLink(getTranslation("account.emailConfirm.toAccount"), AccountView.class);
        account.setId("email-change-account-link");
        account.addClassName("button-link");
        return account;
    }

    @Override
    public String titleKey() {
        return "account.emailConfirm.title";
    }
}
