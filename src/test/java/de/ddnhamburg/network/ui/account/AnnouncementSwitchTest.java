package de.ddnhamburg.network.ui.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import de.ddnhamburg.network.domain.announcement.AnnouncementPreferenceService;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Announcements;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The switch on the account page that every announcement mail links to. */
class AnnouncementSwitchTest extends KaribuTest {

    @Autowired
    AnnouncementPreferenceService preferences;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetSwitches() {
        Announcements.forgetAll(jdbc);
    }

    @Test
    void a_member_switches_announcements_off_and_on_again_on_the_page_the_mails_link_to() {
        LoginAccount member = Groups.member(testMembers, "Schalter", "Konto");
        login(member);
        navigate(PublicLinks.ACCOUNT);
        assertThat(currentView()).isInstanceOf(AccountView.class);
        Checkbox receive = _get(Checkbox.class, spec -> spec.withId("account-announcements-switch"));
        assertThat(receive.getValue()).isTrue();

        FieldInput.setValueAsUser(receive, false);

        expectNotifications("Sie erhalten keine Rundschreiben mehr.");
        assertThat(Acting.as(member, preferences::receivesAnnouncements)).isFalse();
        navigate(AccountView.class);
        assertThat(_get(Checkbox.class, spec -> spec.withId("account-announcements-switch"))
                        .getValue())
                .isFalse();

        FieldInput.setValueAsUser(_get(Checkbox.class, spec -> spec.withId("account-announcements-switch")), true);

        expectNotifications("Sie erhalten wieder Rundschreiben.");
        assertThat(Acting.as(member, preferences::receivesAnnouncements)).isTrue();
    }

    @Test
    void guests_have_no_switch_and_are_sent_to_the_login() {
        navigate(PublicLinks.ACCOUNT);

        assertThat(currentView()).isInstanceOf(LoginView.class);
        _assertNone(Checkbox.class, spec -> spec.withId("account-announcements-switch"));
    }
}
