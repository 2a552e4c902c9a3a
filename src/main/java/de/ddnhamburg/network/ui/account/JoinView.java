package de.ddnhamburg.network.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.HasAutocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.member.AccountRules;
import de.ddnhamburg.network.domain.member.JoinRequest;
import de.ddnhamburg.network.domain.member.JoiningService;
import de.ddnhamburg.network.domain.member.PasswordRules;
import de.ddnhamburg.network.domain.member.ProfileRules;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.FieldProblems;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.PublicLayout;
import de.ddnhamburg.network.ui.start.MemberHomeView;

/**
 * Applying for membership. The answer after sending is the same whether the address is new or
 * not (the service mails the difference to the address's owner), so the page reveals nobody.
 */
@Route(value = RoutePaths.JOIN, layout = PublicLayout.class)
@AnonymousAllowed
public class JoinView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final AuthenticationContext authentication;
    private final JoiningService joining;
    private final FieldProblems problems = new FieldProblems(this);
    private final TextField firstName = problems.field(AccountRules.FIRST_NAME, new TextField());
    private final TextField lastName = problems.field(AccountRules.LAST_NAME, new TextField());
    private final EmailField email = problems.field(AccountRules.EMAIL, new EmailField());
    private final TextField organisation = problems.field(AccountRules.ORGANISATION, new TextField());
    private final PasswordField password = problems.field(AccountRules.PASSWORD, new PasswordField());
    private final PasswordField passwordRepeat = problems.field(AccountRules.PASSWORD_REPEAT, new PasswordField());
    private final Checkbox consent = problems.field(AccountRules.CONSENT, new Checkbox());
    private final Button submit = new Button();

    public JoinView(AuthenticationContext authentication, JoiningService joining) {
        this.authentication = authentication;
        this.joining = joining;
        addClassNames("account-page", "join-view");
        showForm();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(MemberHomeView.class);
        }
    }

    private void showForm() {
        setUp(firstName, "join-first-name", "profile.field.label.firstName", Autocomplete.GIVEN_NAME);
        firstName.setMaxLength(ProfileRules.NAME_MAX);
        setUp(lastName, "join-last-name", "profile.field.label.lastName", Autocomplete.FAMILY_NAME);
        lastName.setMaxLength(ProfileRules.NAME_MAX);
        setUp(email, "join-email", "login.email", Autocomplete.EMAIL);
        setUp(organisation, "join-organisation", "profile.field.label.organisation", Autocomplete.ORGANIZATION);
        organisation.setMaxLength(ProfileRules.ORGANISATION_MAX);
        setUp(password, "join-password", "login.password", Autocomplete.NEW_PASSWORD);
        password.setHelperText(getTranslation("account.password.help", PasswordRules.MIN_LENGTH));
        password.setMaxLength(PasswordRules.MAX_LENGTH);
        setUp(passwordRepeat, "join-password-repeat", "account.password.repeat", Autocomplete.NEW_PASSWORD);
        passwordRepeat.setMaxLength(PasswordRules.MAX_LENGTH);
        for (HasValue<?, ?> required : new HasValue<?, ?>[] {firstName, lastName, email, password, passwordRepeat}) {
            required.setRequiredIndicatorVisible(true);
        }

        consent.setId("join-consent");
        consent.setLabel(getTranslation("account.join.consent"));
        consent.setRequiredIndicatorVisible(true);
        // A new tab, so that reading the notice does not lose what was typed here.
        Anchor privacy = new Anchor(RoutePaths.PRIVACY, getTranslation("account.join.privacyLink"), AnchorTarget.BLANK);
        privacy.setId("join-privacy-link");
        privacy.getElement().setAttribute("rel", "noopener");

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.add(firstName, lastName, email, organisation, password, passwordRepeat);

        submit.setText(getTranslation("account.join.submit"));
        submit.addClickListener(click -> submit());
        // Encoding the password takes a moment; a second click meanwhile would only queue another mail.
        submit.setDisableOnClick(true);
        submit.setId("join-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div consentBlock = new Div(consent, privacy);
        consentBlock.addClassName("consent");
        add(
                new H1(getTranslation("account.join.title")),
                new Paragraph(getTranslation("account.join.lead")),
                form,
                consentBlock,
                submit);
    }

    private <T extends Component & HasLabel & HasAutocomplete> void setUp(
            T field, String id, String labelKey, Autocomplete autocomplete) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setAutocomplete(autocomplete);
    }

    private void submit() {
        JoinRequest request = new JoinRequest(
                firstName.getValue(),
                lastName.getValue(),
                email.getValue(),
                organisation.getValue(),
                password.getValue(),
                passwordRepeat.getValue(),
                consent.getValue(),
                getLocale());
        try {
            joining.join(request);
        } catch (InvalidInputException e) {
            problems.show(e);
            submit.setEnabled(true);
            return;
        }
        showDone(email.getValue().strip());
    }

    /** Exactly this, whatever the service did with the address. */
    private void showDone(String address) {
        removeAll();
        RouterLink resend =
                new RouterLink(getTranslation("account.confirm.resend.submit"), ConfirmRegistrationView.class);
        resend.setId("join-resend-link");
        add(
                new H1(getTranslation("account.join.done.title")),
                Messages.status("join-done", getTranslation("account.join.done.text", address)),
                new Paragraph(getTranslation("account.join.done.noMail")),
                resend);
    }

    @Override
    public String titleKey() {
        return "account.join.title";
    }
}
