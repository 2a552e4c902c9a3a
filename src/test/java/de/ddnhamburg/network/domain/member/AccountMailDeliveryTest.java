package de.ddnhamburg.network.domain.member;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.mail.OutboxSender;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.SmtpContext;
import de.ddnhamburg.network.support.TestMembers;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The account mails as they arrive at a real SMTP server, links and all, followed as a member
 * would. This context requires admin approval after joining (see {@link SmtpContext}).
 */
class AccountMailDeliveryTest extends SmtpContext {

    private static final Pattern LINK = Pattern.compile("(http://localhost:8080/[a-z/-]+)\\?token=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "ein langes Beitrittspasswort";

    @Autowired
    JoiningService joining;

    @Autowired
    PasswordResetService resets;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Autowired
    TestMembers testMembers;

    @Autowired
    OutboxSender sender;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MutableClock clock;

    private String email;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-11-10T08:00:00Z"));
        email = "smtp.joiner." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @AfterEach
    void deliverTheRestAndCleanUp() {
        // Leaves nothing due for the other classes of this context, whose counts are exact.
        sender.deliverDueMails();
        SecurityTestSupport.signOut();
        clock.reset();
    }

    @Test
    void a_guest_joins_confirms_by_the_mailed_link_and_then_waits_for_approval() throws Exception {
        joining.join(new JoinRequest("Sina", "Smtp", email, "Hafen GmbH", PASSWORD, PASSWORD, true, Locale.GERMAN));
        assertThat(sender.deliverDueMails()).isEqualTo(1);

        MimeMessage mail = onlyMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        Matcher link = link(mail);
        assertThat(link.group(1)).isEqualTo("http://localhost:8080/konto/bestaetigen");

        joining.checkConfirmation(link.group(2));
        assertThat(joining.confirm(link.group(2))).isEqualTo(MemberStatus.PENDING_APPROVAL);

        assertThat(members.findLoginAccount(email).orElseThrow().canLogIn())
                .as("until an admin approves")
                .isFalse();
        assertThat(sender.deliverDueMails())
                .as("no welcome before the approval")
                .isZero();
    }

    @Test
    void a_taken_address_gets_a_notice_with_the_way_to_log_in_and_no_link() throws Exception {
        testMembers.ensure(email, "Olaf", "Owner", Set.of(Roles.MEMBER));

        joining.join(new JoinRequest("Mallory", "Someone", email, null, PASSWORD, PASSWORD, true, Locale.ENGLISH));
        sender.deliverDueMails();

        MimeMessage notice = onlyMailTo(email);
        assertThat(notice.getSubject()).isEqualTo("Jemand wollte Ihre E-Mail-Adresse verwenden");
        assertThat(text(notice))
                .startsWith("Guten Tag Olaf Owner,")
                .contains("http://localhost:8080/login", "http://localhost:8080/passwort-vergessen")
                .doesNotContain("token=", "Mallory");
    }

    @Test
    void the_reset_link_from_the_mail_sets_the_password_and_the_change_is_announced() throws Exception {
        testMembers.ensure(email, "Rudi", "Reset", Set.of(Roles.MEMBER));
        resets.requestReset(email);
        sender.deliverDueMails();
        Matcher link = link(onlyMailTo(email));
        assertThat(link.group(1)).isEqualTo("http://localhost:8080/passwort-zuruecksetzen");

        resets.resetPassword(link.group(2), "ein neues langes Passwort", "ein neues langes Passwort");
        sender.deliverDueMails();

        assertThat(mailsTo(email))
                .extracting(MimeMessage::getSubject)
                .containsExactly("Neues Passwort für ddn Hamburg", "Ihr Passwort wurde geändert");
        assertThat(passwordEncoder.matches(
                        "ein neues langes Passwort",
                        members.findLoginAccount(email).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void a_new_address_is_confirmed_from_its_own_mailbox_and_the_old_one_is_told() throws Exception {
        String newEmail = "new." + email;
        SecurityTestSupport.signIn(testMembers.ensure(email, "Emil", "Umzug", Set.of(Roles.MEMBER)));
        accounts.requestEmailChange(TestMembers.PASSWORD, newEmail);
        sender.deliverDueMails();
        assertThat(mailsTo(email)).as("nothing to the old address yet").isEmpty();
        Matcher link = link(onlyMailTo(newEmail));
        assertThat(link.group(1)).isEqualTo("http://localhost:8080/konto/email-bestaetigen");

        clock.advance(Duration.ofHours(2));
        accounts.confirmEmailChange(link.group(2));
        sender.deliverDueMails();

        MimeMessage notice = onlyMailTo(email);
        assertThat(notice.getSubject()).isEqualTo("Ihre E-Mail-Adresse wurde geändert");
        assertThat(text(notice)).contains("auf " + newEmail + " geändert", "am 10.11.2026, 11:00");
        assertThat(members.findLoginAccount(newEmail)).isPresent();
    }

    private static Matcher link(MimeMessage mail) throws Exception {
        Matcher matcher = LINK.matcher(text(mail));
        assertThat(matcher.find()).as("a link in " + mail.getSubject()).isTrue();
        return matcher;
    }

    private static MimeMessage onlyMailTo(String recipient) {
        List<MimeMessage> mails = mailsTo(recipient);
        assertThat(mails).as("mails to " + recipient).hasSize(1);
        return mails.getFirst();
    }

    private static List<MimeMessage> mailsTo(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                                .anyMatch(address ->
                                        ((InternetAddress) address).getAddress().equals(recipient));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String text(MimeMessage mail) throws Exception {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }
}
