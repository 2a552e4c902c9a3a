package de.ddnhamburg.network.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.FieldProblem;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Joining with double opt-in, step by step, with the default setting (no admin approval). */
@IntegrationTest
class JoiningServiceTest {

    static final String PASSWORD = "ein langes Beitrittspasswort";

    @Autowired
    JoiningService joining;

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

    @BeforeEach
    void setUp() {
        clock.set(start);
        email = "joiner." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void joining_stores_a_pending_member_the_consent_and_only_the_hash_of_the_mailed_link() {
        joining.join(request("Jana", "Joiner", " " + email.toUpperCase(Locale.ROOT) + " "));

        LoginAccount account = members.findLoginAccount(email).orElseThrow();
        assertThat(account.canLogIn()).as("not before the address is confirmed").isFalse();
        assertThat(status(account)).isEqualTo("PENDING_EMAIL");
        assertThat(passwordEncoder.matches(PASSWORD, account.passwordHash())).isTrue();
        assertThat(jdbc.queryForMap(
                        "select kind, version, given_at from member_consent where member_id = ?", account.memberId()))
                .containsEntry("KIND", "PRIVACY_NOTICE")
                .containsEntry("VERSION", "2026-11");
        assertThat(jdbc.queryForObject(
                        "select given_at from member_consent where member_id = ?", Instant.class, account.memberId()))
                .isEqualTo(start);

        Mailbox.Mail mail = mailbox().latest(email, "confirmRegistration");
        assertThat(mail.subject()).isEqualTo("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertThat(mail.body())
                .startsWith("Guten Tag,\n")
                .contains("Die Anmeldung lautet auf den Namen: Jana Joiner")
                .contains("http://localhost:8080/konto/bestaetigen?token=", "gilt bis 12.11.2026, 09:00");
        String secret = mail.token();
        assertThat(secret).hasSize(43);
        Map<String, @Nullable Object> token = jdbc.queryForMap(
                "select purpose, token_hash, expires_at, used_at from member_token where member_id = ?",
                account.memberId());
        assertThat(token.get("PURPOSE")).isEqualTo("CONFIRM_EMAIL");
        assertThat((String) token.get("TOKEN_HASH")).hasSize(64).doesNotContain(secret);
        assertThat(jdbc.queryForObject("select count(*) from member_token where token_hash = ?", Integer.class, secret))
                .as("the secret itself is stored nowhere")
                .isZero();
        assertThat(token.get("USED_AT")).isNull();
    }

    @Test
    void the_link_activates_the_member_once_and_welcomes_them() {
        joining.join(request("Jana", "Joiner", email));
        String secret = mailbox().latest(email, "confirmRegistration").token();
        clock.advance(Duration.ofHours(47));

        joining.checkConfirmation(secret);
        assertThat(joining.confirm(secret)).isEqualTo(MemberStatus.ACTIVE);

        LoginAccount account = members.findLoginAccount(email).orElseThrow();
        assertThat(account.canLogIn()).isTrue();
        assertThat(account.roles()).containsExactly(Roles.MEMBER);
        assertThat(mailbox().latest(email, "welcome").body()).startsWith("Guten Tag Jana Joiner,");
        assertThat(problemOf(() -> joining.confirm(secret))).isEqualTo(TokenProblem.USED);
        assertThat(problemOf(() -> joining.checkConfirmation(secret))).isEqualTo(TokenProblem.USED);
    }

    @Test
    @SuppressWarnings("CanonicalDuration") // in the hours that the rule names
    void the_link_expires_after_48_hours() {
        joining.join(request("Jana", "Joiner", email));
        String secret = mailbox().latest(email, "confirmRegistration").token();

        clock.advance(Duration.ofHours(48));

        assertThat(problemOf(() -> joining.confirm(secret))).isEqualTo(TokenProblem.EXPIRED);
        assertThat(members.findLoginAccount(email).orElseThrow().canLogIn()).isFalse();
    }

    @Test
    void unknown_and_malformed_links_are_unknown() {
        String madeUp = "A".repeat(43);

        assertThat(problemOf(() -> joining.confirm(madeUp))).isEqualTo(TokenProblem.UNKNOWN);
        assertThat(problemOf(() -> joining.confirm(""))).isEqualTo(TokenProblem.UNKNOWN);
        assertThat(problemOf(() -> joining.confirm("<script>alert(1)</script>")))
                .isEqualTo(TokenProblem.UNKNOWN);
        assertThat(problemOf(() -> joining.confirm("x".repeat(10_000)))).isEqualTo(TokenProblem.UNKNOWN);
    }

    @Test
    void a_link_of_another_purpose_does_not_confirm_and_stays_usable_for_its_own() {
        LoginAccount member = testMembers.ensure(email, "Rita", "Reset", Set.of(Roles.MEMBER));
        resets.requestReset(email);
        String resetSecret = mailbox().latest(email, "passwordReset").token();

        assertThat(problemOf(() -> joining.confirm(resetSecret))).isEqualTo(TokenProblem.UNKNOWN);

        resets.checkToken(resetSecret);
        assertThat(members.findLoginAccount(email).orElseThrow().canLogIn()).isEqualTo(member.canLogIn());
    }

    @Test
    void invalid_input_is_refused_field_by_field_and_nothing_is_stored() {
        JoinRequest bad = new JoinRequest(" ", "Joiner", "not-an-address", null, "kurz", "kurz", false, Locale.GERMAN);

        assertThatThrownBy(() -> joining.join(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .contains(new FieldProblem("firstName", "validation.required", List.of()))
                                .contains(new FieldProblem("email", "validation.email.invalid", List.of()))
                                .contains(new FieldProblem("password", "validation.password.tooShort", List.of(12)))
                                .contains(new FieldProblem("consent", "account.join.consentRequired", List.of())));
        assertThat(jdbc.queryForObject("select count(*) from member where email = 'not-an-address'", Integer.class))
                .isZero();
    }

    @Test
    void a_repeated_password_must_match_and_an_empty_address_is_required() {
        assertThatThrownBy(() -> joining.join(
                        new JoinRequest("Jana", "Joiner", email, null, PASSWORD, PASSWORD + " ", true, Locale.GERMAN)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsOnly("passwordRepeat"));
        assertThatThrownBy(() -> joining.join(
                        new JoinRequest("Jana", "Joiner", "  ", null, PASSWORD, PASSWORD, true, Locale.GERMAN)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new FieldProblem("email", "validation.required", List.of())));
        assertThat(members.findLoginAccount(email)).isEmpty();
    }

    @Test
    void the_address_of_a_member_gets_the_same_answer_and_its_owner_a_notice_at_most_once_a_day() {
        LoginAccount owner = testMembers.ensure(email, "Olga", "Owner", Set.of(Roles.MEMBER));

        joining.join(request("Mallory", "Someone", email));
        joining.join(request("Mallory", "Someone", email));

        LoginAccount after = members.findLoginAccount(email).orElseThrow();
        assertThat(after.passwordHash()).isEqualTo(owner.passwordHash());
        assertThat(after.canLogIn()).isTrue();
        assertThat(mailbox().to(email)).extracting(Mailbox.Mail::template).containsExactly("addressInUse");
        Mailbox.Mail notice = mailbox().latest(email, "addressInUse");
        assertThat(notice.body())
                .startsWith("Guten Tag Olga Owner,")
                .contains("http://localhost:8080/login", "http://localhost:8080/passwort-vergessen")
                .doesNotContain("Mallory");
        assertThat(jdbc.queryForObject(
                        "select count(*) from member_token where member_id = ?", Integer.class, owner.memberId()))
                .isZero();

        clock.advance(Duration.ofDays(1));
        joining.join(request("Mallory", "Someone", email));
        assertThat(mailbox().to(email, "addressInUse")).hasSize(2);
    }

    @Test
    void joining_again_before_confirming_keeps_the_registration_and_its_password_and_mails_the_link_again() {
        joining.join(request("Erste", "Anmeldung", email));
        String first = mailbox().latest(email, "confirmRegistration").token();
        clock.advance(Duration.ofMinutes(5));

        joining.join(new JoinRequest(
                "Zweite",
                "Anmeldung",
                email,
                "Neu GmbH",
                "ein ganz anderes Passwort",
                "ein ganz anderes Passwort",
                true,
                Locale.ENGLISH));

        Mailbox.Mail second = mailbox().latest(email, "confirmRegistration");
        assertThat(second.subject()).isEqualTo("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertThat(second.body()).startsWith("Guten Tag,\n").contains("auf den Namen: Erste Anmeldung");
        assertThat(problemOf(() -> joining.confirm(first))).isEqualTo(TokenProblem.USED);
        assertThat(joining.confirm(second.token())).isEqualTo(MemberStatus.ACTIVE);
        LoginAccount account = members.findLoginAccount(email).orElseThrow();
        assertThat(passwordEncoder.matches(PASSWORD, account.passwordHash()))
                .as("whoever knows only the address cannot set the password")
                .isTrue();
        assertThat(passwordEncoder.matches("ein ganz anderes Passwort", account.passwordHash()))
                .isFalse();
        assertThat(account.language()).isEqualTo(Locale.GERMAN);
        assertThat(jdbc.queryForObject(
                        "select count(*) from member_consent where member_id = ?", Integer.class, account.memberId()))
                .isEqualTo(1);
    }

    @Test
    void a_new_link_can_be_requested_for_an_unconfirmed_registration_only_and_a_few_times_an_hour() {
        joining.join(request("Jana", "Joiner", email));
        String first = mailbox().latest(email, "confirmRegistration").token();

        joining.resendConfirmation(email);
        joining.resendConfirmation(email);
        joining.resendConfirmation(email);

        assertThat(mailbox().to(email, "confirmRegistration"))
                .as("three per hour")
                .hasSize(3);
        assertThat(problemOf(() -> joining.confirm(first))).isEqualTo(TokenProblem.USED);
        clock.advance(Duration.ofMinutes(61));
        joining.resendConfirmation(email);
        assertThat(mailbox().to(email, "confirmRegistration")).hasSize(4);

        joining.confirm(mailbox().latest(email, "confirmRegistration").token());
        joining.resendConfirmation(email);
        joining.resendConfirmation("nobody." + email);
        assertThat(mailbox().to(email, "confirmRegistration"))
                .as("nothing for a confirmed address")
                .hasSize(4);
        assertThat(mailbox().to("nobody." + email)).isEmpty();
    }

    @Test
    void script_tags_in_the_name_are_stored_exactly_as_typed() {
        joining.join(request("<script>alert('x')</script>", "<b>Fett</b>", email));

        assertThat(jdbc.queryForObject("select first_name from member where email = ?", String.class, email))
                .isEqualTo("<script>alert('x')</script>");
        assertThat(mailbox().latest(email, "confirmRegistration").body())
                .startsWith("Guten Tag,\n")
                .contains("auf den Namen: <script>alert('x')</script> <b>Fett</b>");
    }

    private JoinRequest request(String firstName, String lastName, String address) {
        return new JoinRequest(firstName, lastName, address, "Hafen GmbH", PASSWORD, PASSWORD, true, Locale.GERMAN);
    }

    private @Nullable String status(LoginAccount account) {
        return jdbc.queryForObject("select status from member where id = ?", String.class, account.memberId());
    }

    private Mailbox mailbox() {
        return new Mailbox(jdbc);
    }

    static TokenProblem problemOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidTokenException e) {
            return e.problem();
        }
        throw new AssertionError("The link was accepted");
    }
}
