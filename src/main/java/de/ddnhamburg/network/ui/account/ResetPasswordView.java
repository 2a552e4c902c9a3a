package de.ddnhamburg.network.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.member.AccountRules;
import de.ddnhamburg.network.domain.member.InvalidTokenException;
import de.ddnhamburg.network.domain.member.PasswordResetService;
import de.ddnhamburg.network.domain.member.PasswordRules;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.FieldProblems;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.PublicLayout;

/** Where the reset mail leads: checks the link first, so nobody types a password for a dead link. */
@Route(value = RoutePaths.RESET_PASSWORD, layout = PublicLayout.class)
@AnonymousAllowed
public class ResetPasswordView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final PasswordResetService resets;

    public ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassNames("account-page", "reset-password-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("account.reset.title")));
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        try {
            resets.checkToken(token);
        } catch (InvalidTokenException e) {
            showProblem(e);
            return;
        }
        showForm(token);
    }

    private void showForm(String token) {
        FieldProblems problems = new FieldProblems(this);
        PasswordField password =
                problems.field(AccountRules.PASSWORD, new PasswordField(getTranslation("account.password.new")));
        password.setId("reset-password");
        password.setHelperText(getTranslation("account.password.help", PasswordRules.MIN_LENGTH));
        PasswordField repeat = problems.field(
                AccountRules.PASSWORD_REPEAT, new PasswordField(getTranslation("account.password.repeat")));
        repeat.setId("reset-password-repeat");
        for (PasswordField field : new PasswordField[] {password, repeat}) {
            field.setAutocomplete(Autocomplete.NEW_PASSWORD);
            field.setMaxLength(PasswordRules.MAX_LENGTH);
            field.setRequiredIndicatorVisible(true);
        }
        Button save = new Button(getTranslation("account.reset.submit"));
        save.setId("reset-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                resets.resetPassword(token, password.getValue(), repeat.getValue());
            } catch (InvalidInputException e) {
                problems.show(e);
                return;
            } catch (InvalidTokenException e) {
                removeAll();
                add(new H1(getTranslation("account.reset.title")));
                showProblem(e);
                return;
            }
            removeAll();
            add(
                    new H1(getTranslation("account.reset.title")),
                    Messages.status("reset-done", getTranslation("account.reset.done")),
                    link("nav.login", LoginView.class));
        });
        add(new Paragraph(getTranslation("account.reset.lead")), password, repeat, save);
    }

    private void showProblem(InvalidTokenException e) {
        add(
                Messages.problem("reset-problem", getTranslation(e.problem().messageKey())),
                link("account.reset.requestNew", ForgotPasswordView.class));
    }

    private RouterLink link(String textKey, Class<? extends Component> target) {
        RouterLink link = new RouterLink(getTranslation(textKey), target);
        link.setId("reset-next");
        link.addClassName("button-link");
        return link;
    }

    @Override
    public String titleKey() {
        return "account.reset.title";
    }
}
