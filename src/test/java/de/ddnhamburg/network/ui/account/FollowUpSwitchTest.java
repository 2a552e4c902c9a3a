package de.ddnhamburg.network.ui.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.event.FollowUpPreferenceService;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The switch for the mail the day after an event, on the account page. */
class FollowUpSwitchTest extends KaribuTest {

    @Autowired
    FollowUpPreferenceService preferences;

    @Test
    void a_member_switches_the_mail_after_events_off_and_on_again() {
        LoginAccount member = Groups.member(testMembers, "Nach", "Veranstaltung");
        LoginAccount other = Groups.member(testMembers, "Andere", "Person");
        login(member);
        navigate(PublicLinks.ACCOUNT);
        Checkbox receive = _get(Checkbox.class, spec -> spec.withId("account-follow-ups-switch"));
        assertThat(receive.getValue()).isTrue();

        FieldInput.setValueAsUser(receive, false);

        expectNotifications("Sie erhalten keine Mail nach Veranstaltungen mehr.");
        assertThat(Acting.as(member, preferences::receivesFollowUps)).isFalse();
        assertThat(Acting.as(other, preferences::receivesFollowUps))
                .as("only my own switch")
                .isTrue();
        navigate(AccountView.class);
        Checkbox again = _get(Checkbox.class, spec -> spec.withId("account-follow-ups-switch"));
        assertThat(again.getValue()).isFalse();

        FieldInput.setValueAsUser(again, true);

        expectNotifications("Sie erhalten die Mail nach Veranstaltungen wieder.");
        assertThat(Acting.as(member, preferences::receivesFollowUps)).isTrue();
    }

    @Test
    void guests_have_no_switch() {
        navigate(PublicLinks.ACCOUNT);

        assertThat(currentView()).isInstanceOf(LoginView.class);
        _assertNone(Checkbox.class, spec -> spec.withId("account-follow-ups-switch"));
    }
}
