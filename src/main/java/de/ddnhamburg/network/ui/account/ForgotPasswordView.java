package de.ddnhamburg.network.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.member.AccountRules;
import de.ddnhamburg.network.domain.member.PasswordResetService;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.FieldProblems;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.PublicLayout;

/** Asks for a reset link. The answer never says whether the address has an account. */
@Route(value = RoutePaths.FORGOT_PASSWORD, layout = PublicLayout.class)
@AnonymousAllowed
public class ForgotPasswordView extends Div implements TranslatedTitle {

    private final PasswordResetService resets;
    private final FieldProblems problems = new FieldProblems(this);
    private final EmailField email = problems.field(AccountRules.EMAIL, new EmailField());
    private final Div body = new Div();

    public ForgotPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassNames("account-page", "forgot-password-view");
        email.setLabel(getTranslation("login.email"));
        email.setId("forgot-email");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        Button send = new Button(getTranslation("account.forgot.submit"), click -> send());
        send.setId("forgot-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(new Paragraph(getTranslation("account.forgot.lead")), email, send);
        RouterLink back = new RouterLink(getTranslation("account.forgot.backToLogin"), LoginView.class);
        back.setId("forgot-back-to-login");
        add(new H1(getTranslation("account.forgot.title")), body, back);
    }

    private void send() {
        try {
            resets.requestReset(email.getValue());
        } catch (InvalidInputException e) {
            problems.show(e);
            return;
        }
        body.removeAll();
        body.add(Messages.status("forgot-done", getTranslation("account.forgot.done")));
    }

    @Override
    public String titleKey() {
        return "account.forgot.title";
    }
}
