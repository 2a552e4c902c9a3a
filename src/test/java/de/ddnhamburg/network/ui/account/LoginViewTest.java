package de.ddnhamburg.network.ui.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._forgotPassword;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void form_posts_to_spring_security_and_is_translated() {
        navigate(LoginView.class);

        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains("E-Mail-Adresse", "Passwort");
        _assertNone(Paragraph.class, spec -> spec.withId("login-blocked"));
    }

    @Test
    void forgot_password_leads_to_the_reset_request_and_guests_find_the_way_to_join() {
        navigate(LoginView.class);

        assertThat(_get(RouterLink.class, spec -> spec.withId("login-join-link"))
                        .getHref())
                .isEqualTo("mitglied-werden");
        _forgotPassword(_get(LoginForm.class));

        assertThat(currentView()).isInstanceOf(ForgotPasswordView.class);
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
