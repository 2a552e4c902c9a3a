package de.ddnhamburg.network.ui.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.member.JoiningService;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import de.ddnhamburg.network.ui.start.PublicHomeView;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class JoinViewTest extends KaribuTest {

    static final String PASSWORD = "ein langes Beitrittspasswort";

    @Autowired
    MemberService members;

    @Autowired
    JoiningService joining;

    @Autowired
    JdbcTemplate jdbc;

    private String email;

    @BeforeEach
    void open() {
        email = "view.joiner." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void guests_find_the_page_from_the_header_and_the_start_page() {
        navigate(PublicHomeView.class);

        assertThat(_get(RouterLink.class, spec -> spec.withId("join-link")).getHref())
                .isEqualTo("mitglied-werden");
        assertThat(_get(RouterLink.class, spec -> spec.withId("hero-join")).getHref())
                .isEqualTo("mitglied-werden");
    }

    @Test
    void a_guest_applies_and_is_asked_to_confirm_the_address() {
        navigate(JoinView.class);
        Anchor privacy = _get(Anchor.class, spec -> spec.withId("join-privacy-link"));
        assertThat(privacy.getHref()).isEqualTo("datenschutz");
        assertThat(privacy.getTarget()).hasValue("_blank");

        fillIn("Jana", "Joiner", email, PASSWORD, PASSWORD, true);
        _click(_get(Button.class, spec -> spec.withId("join-submit")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("join-done")).getText())
                .isEqualTo("Wir haben eine E-Mail an " + email + " geschickt. Bitte öffnen Sie den Link darin, um Ihre "
                        + "Adresse zu bestätigen. Der Link gilt nur für begrenzte Zeit.");
        assertThat(members.findLoginAccount(email).orElseThrow().canLogIn()).isFalse();
        assertThat(new Mailbox(jdbc).latest(email, "confirmRegistration").body())
                .startsWith("Guten Tag,\n")
                .contains("auf den Namen: Jana Joiner");
        assertThat(_get(RouterLink.class, spec -> spec.withId("join-resend-link"))
                        .getHref())
                .isEqualTo("konto/bestaetigen");
        _assertNone(PasswordField.class);
    }

    @Test
    void a_registered_address_gets_exactly_the_same_page() {
        testMembers.ensure(email, "Olga", "Owner", Set.of(Roles.MEMBER));
        navigate(JoinView.class);

        fillIn("Mallory", "Someone", email, PASSWORD, PASSWORD, true);
        _click(_get(Button.class, spec -> spec.withId("join-submit")));

        assertThat(_get(H1.class).getText()).isEqualTo("Fast geschafft: Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertThat(_get(Paragraph.class, spec -> spec.withId("join-done")).getText())
                .startsWith("Wir haben eine E-Mail an " + email + " geschickt.");
        assertThat(new Mailbox(jdbc).to(email))
                .extracting(Mailbox.Mail::template)
                .containsExactly("addressInUse");
    }

    @Test
    void bad_input_is_marked_at_each_field_nothing_is_stored_and_the_input_stays() {
        navigate(JoinView.class);

        fillIn("Jana", "Joiner", "jana-at-example.org", "zu kurz", "zu kurz", false);
        _click(_get(Button.class, spec -> spec.withId("join-submit")));

        EmailField address = _get(EmailField.class, spec -> spec.withId("join-email"));
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).isEqualTo("Bitte geben Sie eine gültige E-Mail-Adresse ein.");
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("join-password"));
        assertThat(password.getErrorMessage()).isEqualTo("Das Passwort muss mindestens 12 Zeichen lang sein.");
        Checkbox consent = _get(Checkbox.class, spec -> spec.withId("join-consent"));
        assertThat(consent.isInvalid()).isTrue();
        assertThat(consent.getErrorMessage()).contains("Datenschutzhinweis");
        assertThat(address.getValue()).isEqualTo("jana-at-example.org");
        assertThat(_get(Button.class, spec -> spec.withId("join-submit")).isEnabled())
                .isTrue();

        FieldInput.setValueAsUser(address, email);
        FieldInput.setValueAsUser(password, PASSWORD);
        FieldInput.setValueAsUser(
                _get(PasswordField.class, spec -> spec.withId("join-password-repeat")), PASSWORD + "x");
        FieldInput.setValueAsUser(consent, true);
        _click(_get(Button.class, spec -> spec.withId("join-submit")));

        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("join-password-repeat"));
        assertThat(repeat.getErrorMessage()).isEqualTo("Die beiden Passwörter stimmen nicht überein.");
        assertThat(address.isInvalid()).as("fixed fields are no longer marked").isFalse();
        assertThat(members.findLoginAccount(email)).isEmpty();
    }

    @Test
    void a_name_with_markup_is_stored_and_greeted_as_text() {
        navigate(JoinView.class);
        fillIn("<script>alert('x')</script>", "<b>Fett</b>", email, PASSWORD, PASSWORD, true);
        _click(_get(Button.class, spec -> spec.withId("join-submit")));
        joining.confirm(new Mailbox(jdbc).latest(email, "confirmRegistration").token());

        login(members.findLoginAccount(email).orElseThrow());
        navigate(MemberHomeView.class);

        H1 greeting = _get(H1.class, spec -> spec.withId("greeting"));
        assertThat(greeting.getText()).isEqualTo("Willkommen, <script>alert('x')</script> <b>Fett</b>");
        assertThat(greeting.getElement().getChildren())
                .as("one text node, no elements")
                .singleElement()
                .satisfies(child -> assertThat(child.isTextNode()).isTrue());
    }

    @Test
    void a_signed_in_member_is_not_offered_to_join_again() {
        loginAsMember();
        navigate(JoinView.class);

        assertThat(currentView()).isInstanceOf(MemberHomeView.class);
    }

    private void fillIn(
            String firstName, String lastName, String address, String password, String repeat, boolean consent) {
        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("join-first-name")), firstName);
        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("join-last-name")), lastName);
        FieldInput.setValueAsUser(_get(EmailField.class, spec -> spec.withId("join-email")), address);
        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("join-organisation")), "Hafen GmbH");
        FieldInput.setValueAsUser(_get(PasswordField.class, spec -> spec.withId("join-password")), password);
        FieldInput.setValueAsUser(_get(PasswordField.class, spec -> spec.withId("join-password-repeat")), repeat);
        FieldInput.setValueAsUser(_get(Checkbox.class, spec -> spec.withId("join-consent")), consent);
    }
}
