package de.ddnhamburg.network.ui.account;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.member.JoinRequest;
import de.ddnhamburg.network.domain.member.JoiningService;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import de.ddnhamburg.network.ui.layout.UserMenu;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.node.JsonNodeFactory;

/** The account page and the page the link to a new address leads to. */
class AccountViewTest extends KaribuTest {

    static final String NEW_PASSWORD = "ein frisches langes Passwort";

    @Autowired
    MemberService members;

    @Autowired
    JoiningService joining;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    private String email;
    private String newEmail;

    @BeforeEach
    void signIn() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        email = "account.view." + id + "@example.org";
        newEmail = "moved." + id + "@example.org";
        login(testMembers.ensure(email, "Alma", "Account", Set.of(Roles.MEMBER)));
    }

    @Test
    void the_user_menu_leads_to_the_account_page() {
        navigate(MemberHomeView.class);

        // The entry "Konto" as the browser reports it when chosen.
        _fireDomEvent(
                _get(UserMenu.class, spec -> spec.withId("user-menu")),
                "item-selected",
                JsonNodeFactory.instance.objectNode().put(UserMenu.CHOSEN, "account"));

        assertThat(currentView()).isInstanceOf(AccountView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("account-email")).getText())
                .isEqualTo("Sie melden sich an mit: " + email);
    }

    @Test
    void a_wrong_current_password_changes_nothing_and_is_marked() {
        navigate(AccountView.class);
        changePassword("nicht mein Passwort", NEW_PASSWORD, NEW_PASSWORD);

        PasswordField current = _get(PasswordField.class, spec -> spec.withId("password-current"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Das aktuelle Passwort stimmt nicht.");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-new"))
                        .getValue())
                .isEqualTo(NEW_PASSWORD);
        assertThat(passwordMatches(TestMembers.PASSWORD)).isTrue();
        assertThat(new Mailbox(jdbc).to(email)).isEmpty();
    }

    @Test
    void the_password_changes_with_the_current_one_and_a_mail_tells_the_member() {
        navigate(AccountView.class);
        changePassword(TestMembers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        expectNotifications(
                "Ihr Passwort wurde geändert. Zur Sicherheit haben wir Ihnen eine E-Mail darüber geschickt.");
        assertThat(passwordMatches(NEW_PASSWORD)).isTrue();
        assertThat(new Mailbox(jdbc).to(email))
                .extracting(Mailbox.Mail::template)
                .containsExactly("passwordChanged");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-current"))
                        .getValue())
                .isEmpty();
    }

    @Test
    void a_new_address_waits_for_its_link_which_a_guest_can_open() {
        navigate(AccountView.class);
        FieldInput.setValueAsUser(_get(EmailField.class, spec -> spec.withId("email-new")), newEmail);
        FieldInput.setValueAsUser(
                _get(PasswordField.class, spec -> spec.withId("email-current-password")), TestMembers.PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("email-submit")));

        expectNotifications("Wir haben einen Bestätigungslink an " + newEmail
                + " geschickt. Ihre Anmeldeadresse ändert sich erst, wenn Sie ihn öffnen.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("account-pending-email"))
                        .getText())
                .startsWith("Wartet auf Bestätigung: " + newEmail);
        String token = new Mailbox(jdbc).latest(newEmail, "confirmEmailChange").token();

        SecurityTestSupport.signOut();
        navigate("konto/email-bestaetigen?token=" + token);
        assertThat(members.findLoginAccount(email))
                .as("opening alone changes nothing")
                .isPresent();
        _click(_get(Button.class, spec -> spec.withId("confirm-email-change")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("email-change-done"))
                        .getText())
                .startsWith("Erledigt: Sie melden sich ab jetzt mit " + newEmail + " an.");
        assertThat(members.findLoginAccount(newEmail)).isPresent();
        assertThat(new Mailbox(jdbc).latest(email, "emailChanged").body()).contains(newEmail);

        navigate("konto/email-bestaetigen?token=" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("email-change-problem"))
                        .getText())
                .isEqualTo("Dieser Link wurde schon verwendet oder durch einen neueren Link ersetzt.");
        assertThat(_get(RouterLink.class, spec -> spec.withId("email-change-account-link"))
                        .getHref())
                .isEqualTo("konto");
    }

    @Test
    void a_link_of_another_purpose_does_not_change_an_address() {
        String joiner = "other.purpose." + email;
        String password = "ein langes Beitrittspasswort";
        joining.join(new JoinRequest("Otto", "Purpose", joiner, null, password, password, true, Locale.GERMAN));
        String confirmation =
                new Mailbox(jdbc).latest(joiner, "confirmRegistration").token();

        navigate("konto/email-bestaetigen?token=" + confirmation);

        assertThat(_get(Paragraph.class, spec -> spec.withId("email-change-problem"))
                        .getText())
                .startsWith("Dieser Link ist ungültig.");
    }

    @Test
    void the_consent_given_when_joining_is_listed() {
        String joiner = "consent." + email;
        String password = "ein langes Beitrittspasswort";
        joining.join(new JoinRequest("Clara", "Consent", joiner, null, password, password, true, Locale.GERMAN));
        joining.confirm(new Mailbox(jdbc).latest(joiner, "confirmRegistration").token());
        LoginAccount account = members.findLoginAccount(joiner).orElseThrow();
        login(account);

        navigate(AccountView.class);

        assertThat(_get(ListItem.class).getText())
                .startsWith("Datenschutzhinweis in der Fassung 2026-11, zugestimmt am ");
    }

    private void changePassword(String current, String password, String repeat) {
        FieldInput.setValueAsUser(_get(PasswordField.class, spec -> spec.withId("password-current")), current);
        FieldInput.setValueAsUser(_get(PasswordField.class, spec -> spec.withId("password-new")), password);
        FieldInput.setValueAsUser(_get(PasswordField.class, spec -> spec.withId("password-repeat")), repeat);
        _click(_get(Button.class, spec -> spec.withId("password-submit")));
    }

    private boolean passwordMatches(String password) {
        return passwordEncoder.matches(
                password, members.findLoginAccount(email).orElseThrow().passwordHash());
    }

    @Test
    void the_own_data_download_is_offered() {
        navigate(AccountView.class);

        Anchor download = _get(Anchor.class, spec -> spec.withId("data-download"));
        assertThat(download.getText()).isEqualTo("Meine Daten herunterladen (JSON)");
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void deleting_with_a_wrong_password_keeps_the_account() {
        navigate(AccountView.class);
        _click(_get(Button.class, spec -> spec.withId("delete-open")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("delete-account-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        FieldInput.setValueAsUser(
                _get(PasswordField.class, spec -> spec.withId("delete-password")), "nicht mein Passwort");
        _click(_get(Button.class, spec -> spec.withId("delete-confirm")));

        PasswordField password = _get(PasswordField.class, spec -> spec.withId("delete-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Das aktuelle Passwort stimmt nicht.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(members.findLoginAccount(email))
                .hasValueSatisfying(account -> assertThat(account.canLogIn()).isTrue());
        assertThat(new Mailbox(jdbc).to(email)).isEmpty();
    }

    @Test
    void deleting_with_the_password_removes_the_account_and_logs_out() {
        navigate(AccountView.class);
        _click(_get(Button.class, spec -> spec.withId("delete-open")));
        FieldInput.setValueAsUser(
                _get(PasswordField.class, spec -> spec.withId("delete-password")), TestMembers.PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("delete-confirm")));

        assertThat(members.findLoginAccount(email)).isEmpty();
        assertThat(new Mailbox(jdbc).to(email))
                .extracting(Mailbox.Mail::template)
                .containsExactly("accountDeleted");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
