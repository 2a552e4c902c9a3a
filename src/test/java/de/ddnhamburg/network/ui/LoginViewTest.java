package de.ddnhamburg.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.ui.account.LoginView;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void form_posts_to_spring_security_and_is_translated() {
        navigate(LoginView.class);

        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).as("password reset is not built yet").isFalse();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains("E-Mail-Adresse", "Passwort");
        _assertNone(Paragraph.class, spec -> spec.withId("login-blocked"));
    }

    @Test
    void failed_login_shows_one_message_for_every_cause() {
        navigateWithFlag("login", "error");

        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void throttled_login_explains_the_pause() {
        navigateWithFlag("login", "blocked");

        Paragraph blocked = _get(Paragraph.class, spec -> spec.withId("login-blocked"));
        assertThat(blocked.isVisible()).isTrue();
        assertThat(blocked.getText()).contains("Zu viele fehlgeschlagene Anmeldeversuche");
    }

    @Test
    void signed_in_member_does_not_see_the_login_again() {
        loginAsMember();
        navigate(LoginView.class);

        assertThat(currentView()).isInstanceOf(MemberHomeView.class);
    }
}
