package de.ddnhamburg.network.domain.member;

import static de.ddnhamburg.network.domain.member.JoiningServiceTest.problemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.FieldProblem;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password and address changes of a signed-in member. */
@IntegrationTest
class AccountServiceTest {

    static final String NEW_PASSWORD = "ein frisches langes Passwort";

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordResetService resets;

    @Autowired
    MemberService members;

    @Autowired
    TestMembers testMembers;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private final Instant start = Instant.parse("2026-11-10T08:00:00Z");
    private String email;
    private String newEmail;

    @BeforeEach
    void signIn() {
        clock.set(start);
        String id = UUID.randomUUID().toString().substring(0, 8);
        email = "changer." + id + "@example.org";
        newEmail = "new.changer." + id + "@example.org";
        SecurityTestSupport.signIn(testMembers.ensure(email, "Carla", "Changer", Set.of(Roles.MEMBER)));
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void a_guest_can_neither_read_nor_change_an_account() {
        SecurityTestSupport.signOut();

        assertThatThrownBy(() -> accounts.overview()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.changePassword(TestMembers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.requestEmailChange(TestMembers.PASSWORD, newEmail))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_password_changes_only_with_the_current_one() {
        assertThatThrownBy(() -> accounts.changePassword("falsches Passwort!", NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new FieldProblem(
                                        "currentPassword", "account.password.currentWrong", List.of())));
        assertThat(passwordMatches(TestMembers.PASSWORD)).isTrue();
        assertThat(mailbox().to(email)).isEmpty();

        assertThatThrownBy(() -> accounts.changePassword(TestMembers.PASSWORD, "zu kurz", "zu kurz"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsOnly("password"));
        assertThatThrownBy(() -> accounts.changePassword(TestMembers.PASSWORD, NEW_PASSWORD, "etwas anderes als das"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsOnly("passwordRepeat"));
        assertThat(passwordMatches(TestMembers.PASSWORD)).isTrue();
    }

    @Test
    void a_changed_password_is_mailed_audited_and_ends_outstanding_reset_links() {
        resets.requestReset(email);
        String resetLink = mailbox().latest(email, "passwordReset").token();

        accounts.changePassword(TestMembers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(passwordMatches(NEW_PASSWORD)).isTrue();
        assertThat(mailbox().latest(email, "passwordChanged").body())
                .startsWith("Guten Tag Carla Changer,")
                .contains("am 10.11.2026, 09:00 geändert");
        assertThat(problemOf(() -> resets.checkToken(resetLink))).isEqualTo(TokenProblem.USED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'PASSWORD_CHANGED' and actor = ?",
                        Integer.class,
                        email))
                .isEqualTo(1);
    }

    @Test
    void a_new_address_becomes_the_login_only_when_its_link_is_used_and_the_old_one_is_told() {
        resets.requestReset(email);
        String resetLink = mailbox().latest(email, "passwordReset").token();

        accounts.requestEmailChange(TestMembers.PASSWORD, " " + newEmail.toUpperCase(Locale.ROOT) + " ");

        assertThat(members.findLoginAccount(email)).as("nothing changed yet").isPresent();
        AccountOverview overview = accounts.overview();
        assertThat(overview.email()).isEqualTo(email);
        assertThat(overview.pendingEmail()).isEqualTo(newEmail);
        assertThat(overview.pendingUntil()).isEqualTo(start.plus(Duration.ofHours(24)));
        Mailbox.Mail confirmation = mailbox().latest(newEmail, "confirmEmailChange");
        assertThat(confirmation.body())
                .startsWith("Guten Tag Carla Changer,")
                .contains(newEmail, "http://localhost:8080/konto/email-bestaetigen?token=");

        SecurityTestSupport.signOut();
        assertThat(accounts.checkEmailChange(confirmation.token())).isEqualTo(newEmail);
        assertThat(accounts.confirmEmailChange(confirmation.token())).isEqualTo(newEmail);

        assertThat(members.findLoginAccount(email)).isEmpty();
        assertThat(members.findLoginAccount(newEmail)).isPresent();
        assertThat(mailbox().latest(email, "emailChanged").body()).contains(newEmail);
        assertThat(problemOf(() -> resets.checkToken(resetLink)))
                .as("the old mailbox lost control")
                .isEqualTo(TokenProblem.USED);
        assertThat(problemOf(() -> accounts.confirmEmailChange(confirmation.token())))
                .isEqualTo(TokenProblem.USED);
    }

    @Test
    void the_address_change_needs_the_password_a_valid_and_new_address() {
        assertThatThrownBy(() -> accounts.requestEmailChange("falsch!", newEmail))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsOnly("currentPassword"));
        assertThatThrownBy(() -> accounts.requestEmailChange(TestMembers.PASSWORD, "keine adresse"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsOnly("email"));
        assertThatThrownBy(() -> accounts.requestEmailChange(TestMembers.PASSWORD, email.toUpperCase(Locale.ROOT)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .contains(new FieldProblem("email", "account.email.same", List.of())));
        assertThat(mailbox().to(newEmail)).isEmpty();
    }

    @Test
    void a_taken_address_gets_the_same_answer_and_its_owner_a_notice() {
        testMembers.ensure(newEmail, "Tina", "Taken", Set.of(Roles.MEMBER));

        accounts.requestEmailChange(TestMembers.PASSWORD, newEmail);

        assertThat(mailbox().to(newEmail)).extracting(Mailbox.Mail::template).containsExactly("addressInUse");
        assertThat(mailbox().latest(newEmail, "addressInUse").body()).startsWith("Guten Tag Tina Taken,");
        // The account page shows the change as pending, exactly as for a free address: it must not
        // tell whether the address is registered (issue 12).
        assertThat(accounts.overview().pendingEmail()).isEqualTo(newEmail);
        assertThat(accounts.overview().pendingUntil()).isNotNull();
    }

    @Test
    void an_address_taken_while_the_link_waited_is_refused_and_the_link_stays() {
        accounts.requestEmailChange(TestMembers.PASSWORD, newEmail);
        String secret = mailbox().latest(newEmail, "confirmEmailChange").token();
        testMembers.ensure(newEmail, "Schnell", "Gewesen", Set.of(Roles.MEMBER));

        assertThatThrownBy(() -> accounts.confirmEmailChange(secret))
                .isInstanceOf(DomainException.class)
                .hasMessage("account.email.takenMeanwhile");
        assertThat(members.findLoginAccount(email)).isPresent();
    }

    @Test
    void the_link_for_a_new_address_expires_after_24_hours_and_only_three_are_sent_an_hour() {
        accounts.requestEmailChange(TestMembers.PASSWORD, newEmail);
        String secret = mailbox().latest(newEmail, "confirmEmailChange").token();
        accounts.requestEmailChange(TestMembers.PASSWORD, "second." + newEmail);
        accounts.requestEmailChange(TestMembers.PASSWORD, "third." + newEmail);

        assertThatThrownBy(() -> accounts.requestEmailChange(TestMembers.PASSWORD, "fourth." + newEmail))
                .isInstanceOf(DomainException.class)
                .hasMessage("account.email.tooMany");
        assertThat(problemOf(() -> accounts.confirmEmailChange(secret)))
                .as("replaced by the newer")
                .isEqualTo(TokenProblem.USED);

        String third =
                mailbox().latest("third." + newEmail, "confirmEmailChange").token();
        clock.advance(Duration.ofHours(24));
        assertThat(problemOf(() -> accounts.confirmEmailChange(third))).isEqualTo(TokenProblem.EXPIRED);
        assertThat(accounts.overview().pendingEmail()).isNull();
    }

    private boolean passwordMatches(String password) {
        return passwordEncoder.matches(
                password, members.findLoginAccount(email).orElseThrow().passwordHash());
    }

    private Mailbox mailbox() {
        return new Mailbox(jdbc);
    }
}
