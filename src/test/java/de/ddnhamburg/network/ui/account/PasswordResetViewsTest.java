package de.ddnhamburg.network.ui.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.domain.member.PasswordResetService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.Mailbox;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** "Passwort vergessen?" and the page the reset mail leads to. */
class PasswordResetViewsTest extends KaribuTest {

    static final String NEW_PASSWORD = "mein neues langes Passwort";

    @Autowired
    PasswordResetService resets;

    @Autowired
    MemberService members;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    private String email;

    @BeforeEach
    void member() {
        email = "reset.view." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        testMembers.ensure(email, "Rosa", "Reset", Set.of(Roles.MEMBER));
    }

    @Test
    void known_and_unknown_addresses_get_the_same_answer() {
        String known = request(email);
        String unknown = request("nobody." + email);

        assertThat(known).isEqualTo(unknown).startsWith("Falls zu dieser Adresse ein Konto gehört");
        assertThat(new Mailbox(jdbc).to(email, "passwordReset")).hasSize(1);
        assertThat(new Mailbox(jdbc).to("nobody." + email)).isEmpty();
    }

    @Test
    void an_invalid_address_is_marked_at_the_field() {
        navigate(ForgotPasswordView.class);
        FieldInput.setValueAsUser(_get(EmailField.class, spec -> spec.withId("forgot-email")), "nicht gültig");
        _click(_get(Button.class, spec -> spec.withId("forgot-submit")));

        assertThat(_get(EmailField.class, spec -> spec.withId("forgot-email")).isInvalid())
                .isTrue();
        _assertNone(Paragraph.class, spec -> spec.withId("forgot-done"));
    }

    @Test
    void the_link_opens_a_form_that_sets_the_new_password_once() {
        request(email);
        String token = new Mailbox(jdbc).latest(email, "passwordReset").token();
        navigate("passwort-zuruecksetzen?token=" + token);

        FieldInput.setValueAsUser(_get(PasswordField.class, spec -> spec.withId("reset-password")), NEW_PASSWORD);
        FieldInput.setValueAsUser(
                _get(PasswordField.class, spec -> spec.withId("reset-password-repeat")), "vertippt " + NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("reset-submit")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("reset-password-repeat"))
                        .getErrorMessage())
                .isEqualTo("Die beiden Passwörter stimmen nicht überein.");

        FieldInput.setValueAsUser(
                _get(PasswordField.class, spec -> spec.withId("reset-password-repeat")), NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("reset-submit")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-done")).getText())
                .isEqualTo("Ihr neues Passwort ist gespeichert. Sie können sich jetzt damit anmelden.");
        assertThat(passwordEncoder.matches(
                        NEW_PASSWORD,
                        members.findLoginAccount(email).orElseThrow().passwordHash()))
                .isTrue();

        navigate("passwort-zuruecksetzen?token=" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-problem")).getText())
                .isEqualTo("Dieser Link wurde schon verwendet oder durch einen neueren Link ersetzt.");
        assertThat(_get(RouterLink.class, spec -> spec.withId("reset-next")).getHref())
                .isEqualTo("passwort-vergessen");
        _assertNone(PasswordField.class);
    }

    @Test
    void a_missing_or_unknown_link_shows_no_form() {
        navigate("passwort-zuruecksetzen");
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-problem")).getText())
                .startsWith("Dieser Link ist ungültig.");
        _assertNone(PasswordField.class);
    }

    private String request(String address) {
        // Away first: navigating to the open route again would keep the page with its answer.
        navigate(LoginView.class);
        navigate(ForgotPasswordView.class);
        FieldInput.setValueAsUser(_get(EmailField.class, spec -> spec.withId("forgot-email")), address);
        _click(_get(Button.class, spec -> spec.withId("forgot-submit")));
        return _get(Paragraph.class, spec -> spec.withId("forgot-done")).getText();
    }
}
