package de.ddnhamburg.network.ui.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.member.JoinRequest;
import de.ddnhamburg.network.domain.member.JoiningService;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.MutableClock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ConfirmRegistrationViewTest extends KaribuTest {

    @Autowired
    JoiningService joining;

    @Autowired
    MemberService members;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private String email;
    private String token;

    @BeforeEach
    void join() {
        email = "confirm.view." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "ein langes Beitrittspasswort";
        joining.join(new JoinRequest("Conny", "Confirm", email, null, password, password, true, Locale.GERMAN));
        token = mailbox().latest(email, "confirmRegistration").token();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void opening_the_link_asks_and_a_click_activates_the_account() {
        navigate("konto/bestaetigen?token=" + token);
        assertThat(members.findLoginAccount(email).orElseThrow().canLogIn())
                .as("opening alone changes nothing")
                .isFalse();

        _click(_get(Button.class, spec -> spec.withId("confirm-registration")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-done")).getText())
                .isEqualTo(
                        "Vielen Dank! Ihre E-Mail-Adresse ist bestätigt und Ihr Konto ist aktiv. Sie können sich jetzt anmelden.");
        assertThat(_get(RouterLink.class, spec -> spec.withId("confirm-login-link"))
                        .getHref())
                .isEqualTo("login");
        assertThat(members.findLoginAccount(email).orElseThrow().canLogIn()).isTrue();
    }

    @Test
    void a_used_link_says_so_and_points_to_the_login() {
        joining.confirm(token);

        navigate("konto/bestaetigen?token=" + token);

        assertThat(problem()).isEqualTo("Dieser Link wurde schon verwendet oder durch einen neueren Link ersetzt.");
        assertThat(_get(RouterLink.class, spec -> spec.withId("confirm-login-link"))
                        .getHref())
                .isEqualTo("login");
        _assertNone(Button.class, spec -> spec.withId("confirm-registration"));
    }

    @Test
    void an_expired_link_offers_a_new_one_and_the_answer_reveals_nothing() {
        clock.advance(Duration.ofHours(49));
        navigate("konto/bestaetigen?token=" + token);

        assertThat(problem()).isEqualTo("Dieser Link ist abgelaufen.");
        FieldInput.setValueAsUser(_get(EmailField.class, spec -> spec.withId("resend-email")), email);
        _click(_get(Button.class, spec -> spec.withId("resend-submit")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("resend-done")).getText())
                .startsWith("Falls zu dieser Adresse eine unbestätigte Anmeldung gehört");
        assertThat(mailbox().to(email, "confirmRegistration")).hasSize(2);
    }

    @Test
    void unknown_links_and_a_missing_token_get_a_clear_answer_without_an_error_page() {
        navigate("konto/bestaetigen?token=erfunden");
        assertThat(problem()).startsWith("Dieser Link ist ungültig.");
        assertThat(currentView()).isInstanceOf(ConfirmRegistrationView.class);

        navigate("konto/bestaetigen");
        _assertNone(Paragraph.class, spec -> spec.withId("confirm-problem"));
        FieldInput.setValueAsUser(_get(EmailField.class, spec -> spec.withId("resend-email")), "nobody." + email);
        _click(_get(Button.class, spec -> spec.withId("resend-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("resend-done")).getText())
                .startsWith("Falls zu dieser Adresse eine unbestätigte Anmeldung gehört");
        assertThat(mailbox().to("nobody." + email)).isEmpty();
    }

    private String problem() {
        return _get(Paragraph.class, spec -> spec.withId("confirm-problem")).getText();
    }

    private Mailbox mailbox() {
        return new Mailbox(jdbc);
    }
}
