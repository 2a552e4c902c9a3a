package de.ddnhamburg.network.security;

import static de.ddnhamburg.network.support.WebClient.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.member.AccountService;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.domain.member.PasswordResetService;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import de.ddnhamburg.network.support.WebClient;
import de.ddnhamburg.network.support.WebTest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two sessions of one member over real HTTP: a change of the credentials ends the other one, and a
 * session that outlived its member's rights cannot act with them. Same context as LoginWebTest.
 */
@WebTest
class SessionEndWebTest {

    static final String NEW_PASSWORD = "ein ganz neues langes Passwort";

    @LocalServerPort
    int port;

    @Autowired
    TestMembers testMembers;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordResetService resets;

    @Autowired
    MemberService members;

    @Autowired
    MemberProfileService profiles;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityTestSupport.signOut();
    }

    @Test
    void changing_the_password_ends_the_other_session_and_keeps_the_acting_one() {
        LoginAccount member = aMember();
        WebClient other = signedIn(member);

        SecurityTestSupport.signIn(member);
        accounts.changePassword(TestMembers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertSentToLogin(other);
        // The acting session carries the new count and goes on working.
        assertThat(currentUser.sessionEpoch()).hasValue(member.sessionEpoch() + 1);
        assertThat(members.sessionStillValid(
                        member.memberId(), currentUser.sessionEpoch().orElseThrow()))
                .isTrue();
        assertThat(profiles.getOwnProfile().firstName()).isEqualTo("Petra");
        assertThat(location(new WebClient(port).login(member.email(), NEW_PASSWORD)))
                .endsWith("/start");
    }

    @Test
    void changing_the_password_revokes_pending_e_mail_change_links() {
        LoginAccount member = aMember();
        SecurityTestSupport.signIn(member);
        accounts.requestEmailChange(TestMembers.PASSWORD, "new-" + member.email());
        String link = new Mailbox(jdbc)
                .latest("new-" + member.email(), "confirmEmailChange")
                .token();

        accounts.changePassword(TestMembers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThatThrownBy(() -> accounts.confirmEmailChange(link))
                .isInstanceOf(de.ddnhamburg.network.domain.member.InvalidTokenException.class);
    }

    @Test
    void resetting_the_password_ends_every_session() {
        LoginAccount member = aMember();
        WebClient first = signedIn(member);
        WebClient second = signedIn(member);

        resets.requestReset(member.email());
        String token = new Mailbox(jdbc).latest(member.email(), "passwordReset").token();
        resets.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD);

        assertSentToLogin(first);
        assertSentToLogin(second);
    }

    @Test
    void deleting_the_account_ends_the_second_session_which_cannot_save_the_profile() {
        LoginAccount member = aMember();
        WebClient second = signedIn(member);

        SecurityTestSupport.signIn(member);
        accounts.deleteAccount(TestMembers.PASSWORD);

        assertSentToLogin(second);
        // A second session in the same JVM (Vaadin holds its context while a request runs).
        SecurityContextHolder.clearContext();
        SecurityTestSupport.signIn(member);
        assertThatThrownBy(() -> profiles.getOwnProfile()).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select first_name from member where id = ?", String.class, member.memberId()))
                .isEqualTo("Gelöschtes");
    }

    @Test
    void a_session_signed_in_before_a_change_of_rights_is_refused_by_the_services() {
        LoginAccount member = aMember();
        // Another node raised the count (roles changed there); this node's registry knows nothing.
        jdbc.update("update member set session_epoch = session_epoch + 1 where id = ?", member.memberId());

        SecurityTestSupport.signIn(member);
        assertThatThrownBy(() -> profiles.getOwnProfile()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_session_whose_member_changed_elsewhere_is_signed_out_at_its_next_request() {
        LoginAccount member = aMember();
        WebClient browser = signedIn(member);

        jdbc.update("update member set session_epoch = session_epoch + 1 where id = ?", member.memberId());

        assertSentToLogin(browser);
    }

    private LoginAccount aMember() {
        return testMembers.ensure(
                "two.sessions." + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                "Petra",
                "Parallel",
                Set.of(Roles.MEMBER));
    }

    private WebClient signedIn(LoginAccount member) {
        WebClient browser = new WebClient(port);
        assertThat(location(browser.login(member.email(), TestMembers.PASSWORD)))
                .endsWith("/start");
        assertThat(browser.get("/profil").statusCode()).isEqualTo(200);
        return browser;
    }

    private static void assertSentToLogin(WebClient browser) {
        HttpResponse<String> next = browser.get("/profil");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next)).contains("/login");
    }
}
