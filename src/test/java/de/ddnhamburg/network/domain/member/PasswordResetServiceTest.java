package de.ddnhamburg.network.domain.member;

import static de.ddnhamburg.network.domain.member.JoiningServiceTest.problemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditEntryItem;
import de.ddnhamburg.network.domain.audit.AuditService;
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
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class PasswordResetServiceTest {

    static final String NEW_PASSWORD = "mein neues langes Passwort";

    @Autowired
    PasswordResetService resets;

    @Autowired
    JoiningService joining;

    @Autowired
    MemberService members;

    @Autowired
    AuditService audit;

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
    private LoginAccount member;

    @BeforeEach
    void setUp() {
        clock.set(start);
        email = "forgetful." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        member = testMembers.ensure(email, "Fritz", "Forgetful", Set.of(Roles.MEMBER));
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void a_link_sets_a_new_password_once_and_the_member_is_told() {
        resets.requestReset(" " + email.toUpperCase(Locale.ROOT));
        Mailbox.Mail mail = mailbox().latest(email, "passwordReset");
        assertThat(mail.body())
                .startsWith("Guten Tag Fritz Forgetful,")
                .contains("http://localhost:8080/passwort-zuruecksetzen?token=", "gilt bis 10.11.2026, 10:00");
        clock.advance(Duration.ofMinutes(59));

        resets.checkToken(mail.token());
        resets.resetPassword(mail.token(), NEW_PASSWORD, NEW_PASSWORD);

        String hash = members.findLoginAccount(email).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, hash)).isTrue();
        assertThat(passwordEncoder.matches(TestMembers.PASSWORD, hash)).isFalse();
        assertThat(mailbox().latest(email, "passwordChanged").subject()).isEqualTo("Ihr Passwort wurde geändert");
        assertThat(problemOf(() ->
                        resets.resetPassword(mail.token(), "noch ein anderes Passwort", "noch ein anderes Passwort")))
                .isEqualTo(TokenProblem.USED);
        assertThat(passwordEncoder.matches(
                        NEW_PASSWORD,
                        members.findLoginAccount(email).orElseThrow().passwordHash()))
                .isTrue();
        SecurityTestSupport.signIn(testMembers.admin());
        assertThat(audit.findPage(AuditAction.PASSWORD_RESET, PageRequest.of(0, 20)))
                .extracting(AuditEntryItem::target)
                .contains("member:" + member.memberId());
    }

    @Test
    void the_link_expires_after_60_minutes() {
        resets.requestReset(email);
        String secret = mailbox().latest(email, "passwordReset").token();

        clock.advance(Duration.ofMinutes(60));

        assertThat(problemOf(() -> resets.checkToken(secret))).isEqualTo(TokenProblem.EXPIRED);
        assertThat(problemOf(() -> resets.resetPassword(secret, NEW_PASSWORD, NEW_PASSWORD)))
                .isEqualTo(TokenProblem.EXPIRED);
        assertThat(passwordEncoder.matches(
                        TestMembers.PASSWORD,
                        members.findLoginAccount(email).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void a_refused_new_password_keeps_the_link_usable() {
        resets.requestReset(email);
        String secret = mailbox().latest(email, "passwordReset").token();

        assertThatThrownBy(() -> resets.resetPassword(secret, "kurz", "kurz"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsOnly("password"));
        assertThatThrownBy(() -> resets.resetPassword(secret, NEW_PASSWORD, NEW_PASSWORD + "!"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsOnly("passwordRepeat"));

        resets.resetPassword(secret, NEW_PASSWORD, NEW_PASSWORD);
    }

    @Test
    void a_new_link_replaces_the_older_ones() {
        resets.requestReset(email);
        String first = mailbox().latest(email, "passwordReset").token();
        resets.requestReset(email);
        String second = mailbox().latest(email, "passwordReset").token();

        assertThat(problemOf(() -> resets.checkToken(first))).isEqualTo(TokenProblem.USED);
        resets.resetPassword(second, NEW_PASSWORD, NEW_PASSWORD);
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail() {
        String unknown = "nobody." + email;

        resets.requestReset(unknown);

        assertThat(mailbox().to(unknown)).isEmpty();
        assertThatThrownBy(() -> resets.requestReset("kein at zeichen"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsOnly("email"));
    }

    @Test
    void at_most_three_links_an_hour_go_to_one_address_and_further_requests_are_dropped_silently() {
        for (int i = 0; i < 5; i++) {
            resets.requestReset(email);
        }
        assertThat(mailbox().to(email, "passwordReset")).hasSize(3);

        clock.advance(Duration.ofMinutes(61));
        resets.requestReset(email);
        assertThat(mailbox().to(email, "passwordReset")).hasSize(4);
    }

    @Test
    void an_unconfirmed_registration_gets_its_confirmation_link_instead() {
        String pending = "pending." + email;
        joining.join(
                new JoinRequest("Paula", "Pending", pending, null, NEW_PASSWORD, NEW_PASSWORD, true, Locale.GERMAN));

        resets.requestReset(pending);

        assertThat(mailbox().to(pending))
                .extracting(Mailbox.Mail::template)
                .containsExactly("confirmRegistration", "confirmRegistration");
    }

    @Test
    void a_confirmation_link_cannot_set_a_password() {
        String pending = "other.purpose." + email;
        joining.join(
                new JoinRequest("Otto", "Purpose", pending, null, NEW_PASSWORD, NEW_PASSWORD, true, Locale.GERMAN));
        String confirmation = mailbox().latest(pending, "confirmRegistration").token();

        assertThat(problemOf(() -> resets.resetPassword(
                        confirmation, "ein fremdes langes Passwort", "ein fremdes langes Passwort")))
                .isEqualTo(TokenProblem.UNKNOWN);
        joining.checkConfirmation(confirmation);
    }

    private Mailbox mailbox() {
        return new Mailbox(jdbc);
    }
}
