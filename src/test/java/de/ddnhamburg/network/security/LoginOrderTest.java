package de.ddnhamburg.network.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.TestMembers;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;

/**
 * The login checks the password first, so pending, suspended and active accounts cost the same
 * hash and answer alike to a wrong password; only the right one learns that the account is closed.
 */
@IntegrationTest
class LoginOrderTest {

    @Autowired
    DaoAuthenticationProvider login;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_closed_account_with_a_wrong_password_answers_like_an_active_one() {
        for (String status : new String[] {"PENDING_EMAIL", "PENDING_APPROVAL", "SUSPENDED"}) {
            LoginAccount account =
                    testMembers.ensure(Contacts.uniqueEmail("status"), "Sonja", "Status", Set.of(Roles.MEMBER));
            jdbc.update("update member set status = ? where id = ?", status, account.memberId());

            assertThatThrownBy(() -> login.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(account.email(), "falsches Passwort")))
                    .as(status)
                    .isInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> login.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(account.email(), TestMembers.PASSWORD)))
                    .as(status)
                    .isInstanceOf(DisabledException.class);
        }
    }
}
