package de.ddnhamburg.network.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.ddnhamburg.network.domain.announcement.AnnouncementPreferenceService;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.event.FollowUpPreferenceService;
import de.ddnhamburg.network.domain.member.AccountOverview;
import de.ddnhamburg.network.domain.member.AccountRules;
import de.ddnhamburg.network.domain.member.AccountService;
import de.ddnhamburg.network.domain.member.ConsentRecord;
import de.ddnhamburg.network.domain.member.PasswordRules;
import de.ddnhamburg.network.domain.privacy.PersonalDataExport;
import de.ddnhamburg.network.domain.privacy.PersonalDataFile;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.FieldProblems;
import de.ddnhamburg.network.ui.components.Notices;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Instant;

/**
 * The member's login data (password and address, each changed only with the current password),
 * the switch for announcements, the download of all their data, and the deletion of the account.
 */
@Route(value = RoutePaths.ACCOUNT, layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class AccountView extends Div implements TranslatedTitle {

    private final AccountService accounts;
    private final PersonalDataExport export;
    private final AuthenticationContext authentication;
    private final Paragraph currentEmail = new Paragraph();
    private final Paragraph pendingEmail = new Paragraph();
    private final UnorderedList consents = new UnorderedList();

    public AccountView(
            AccountService accounts,
            PersonalDataExport export,
            AnnouncementPreferenceService announcements,
            FollowUpPreferenceService followUps,
            AuthenticationContext authentication) {
        this.accounts = accounts;
        this.export = export;
        this.authentication = authentication;
        addClassNames("account-view");
        currentEmail.setId("account-email");
        pendingEmail.setId("account-pending-email");
        consents.setId("account-consents");
        add(
                new H1(getTranslation("account.page.title")),
                new Paragraph(getTranslation("account.page.lead")),
                passwordSection(),
                emailSection(),
                consentSection(),
                new AnnouncementSwitch(announcements),
                new FollowUpSwitch(followUps),
                dataSection(),
                deleteSection());
        refresh();
    }

    private Section passwordSection() {
        FieldProblems problems = new FieldProblems(this);
        PasswordField current = currentPasswordField(problems, "password-current");
        PasswordField password =
                problems.field(AccountRules.PASSWORD, newPasswordField("account.password.new", "password-new"));
        password.setHelperText(getTranslation("account.password.help", PasswordRules.MIN_LENGTH));
        PasswordField repeat = problems.field(
                AccountRules.PASSWORD_REPEAT, newPasswordField("account.password.repeat", "password-repeat"));
        Button change = new Button(getTranslation("account.password.submit"), click -> {
            try {
                accounts.changePassword(current.getValue(), password.getValue(), repeat.getValue());
            } catch (InvalidInputException e) {
                problems.show(e);
                return;
            }
            problems.clear();
            current.clear();
            password.clear();
            repeat.clear();
            Notices.success("account.password.changed");
        });
        change.setId("password-submit");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return card("account-password", "account.password.title", current, password, repeat, change);
    }

    private Section emailSection() {
        FieldProblems problems = new FieldProblems(this);
        EmailField newEmail = problems.field(AccountRules.EMAIL, new EmailField(getTranslation("account.email.new")));
        newEmail.setId("email-new");
        newEmail.setAutocomplete(Autocomplete.EMAIL);
        PasswordField current = currentPasswordField(problems, "email-current-password");
        Button send = new Button(getTranslation("account.email.submit"), click -> {
            try {
                accounts.requestEmailChange(current.getValue(), newEmail.getValue());
            } catch (InvalidInputException e) {
                problems.show(e);
                return;
            }
            problems.clear();
            current.clear();
            Notices.success("account.email.requested", newEmail.getValue().strip());
            newEmail.clear();
            refresh();
        });
        send.setId("email-submit");
        return card("account-email-change", "account.email.title", currentEmail, pendingEmail, newEmail, current, send);
    }

    private Section consentSection() {
        return card("account-consent", "account.consent.title", consents);
    }

    /** The file is made when the link is followed, in that request and for its signed-in member. */
    private Section dataSection() {
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    PersonalDataFile file = export.exportMine();
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()),
                            file.fileName(),
                            PersonalDataFile.CONTENT_TYPE,
                            file.content().length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("account.data.download"));
        download.setId("data-download");
        return card("account-data", "account.data.title", new Paragraph(getTranslation("account.data.lead")), download);
    }

    private Section deleteSection() {
        Button open = new Button(
                getTranslation("account.delete.open"),
                click -> new DeleteAccountDialog(accounts, this::loggedOutAfterDeletion).open());
        open.setId("delete-open");
        open.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return card(
                "account-delete", "account.delete.title", new Paragraph(getTranslation("account.delete.lead")), open);
    }

    private void loggedOutAfterDeletion() {
        Notices.success("account.delete.done");
        authentication.logout();
    }

    private void refresh() {
        AccountOverview overview = accounts.overview();
        currentEmail.setText(getTranslation("account.email.current", overview.email()));
        String newAddress = overview.pendingEmail();
        Instant until = overview.pendingUntil();
        pendingEmail.setVisible(newAddress != null && until != null);
        if (newAddress != null && until != null) {
            pendingEmail.setText(
                    getTranslation("account.email.pending", newAddress, DateTimeFormat.dateTime(until, getLocale())));
        }
        consents.removeAll();
        for (ConsentRecord consent : overview.consents()) {
            consents.add(new ListItem(getTranslation(
                    "account.consent." + consent.kind().name(),
                    consent.version(),
                    DateTimeFormat.dateTime(consent.givenAt(), getLocale()))));
        }
        if (overview.consents().isEmpty()) {
            consents.add(new ListItem(getTranslation("account.consent.none")));
        }
    }

    private PasswordField currentPasswordField(FieldProblems problems, String id) {
        PasswordField current = problems.field(
                AccountRules.CURRENT_PASSWORD, new PasswordField(getTranslation("account.password.current")));
        current.setId(id);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.setRequiredIndicatorVisible(true);
        return current;
    }

    private PasswordField newPasswordField(String labelKey, String id) {
        PasswordField field = new PasswordField(getTranslation(labelKey));
        field.setId(id);
        field.setAutocomplete(Autocomplete.NEW_PASSWORD);
        field.setMaxLength(PasswordRules.MAX_LENGTH);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    private Section card(String id, String titleKey, Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        section.setId(id);
        section.addClassName("card");
        return section;
    }

    @Override
    public String titleKey() {
        return "account.page.title";
    }
}
