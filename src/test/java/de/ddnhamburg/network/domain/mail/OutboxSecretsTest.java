package de.ddnhamburg.network.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.member.PasswordResetService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outbox keeps no usable one-time link once a mail is sent, and admins never see one. */
@IntegrationTest
class OutboxSecretsTest {

    @Autowired
    PasswordResetService resets;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxAdministration outbox;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        SecurityTestSupport.signOut();
        clock.reset();
    }

    @Test
    void a_sent_reset_mail_keeps_the_page_but_not_the_secret_and_the_admin_never_sees_it() {
        String email = Contacts.uniqueEmail("geheim");
        testMembers.ensure(email, "Gerda", "Geheim", Set.of(Roles.MEMBER));
        resets.requestReset(email);
        Mailbox.Mail queued = new Mailbox(jdbc).latest(email, "passwordReset");
        String secret = queued.token();

        SecurityTestSupport.signIn(testMembers.admin());
        assertThat(outbox.open(queued.id()).body())
                .as("what an admin opens, even before sending")
                .doesNotContain(secret)
                .contains("/passwort-zuruecksetzen?token=" + OneTimeLinks.BLANKED);

        clock.advance(Duration.ofSeconds(5));
        // Other tests' mails share the outbox: deliver batches until this one is out.
        for (int batch = 0; batch < 200 && !"SENT".equals(status(queued.id())); batch++) {
            sender.deliverDueMails();
        }
        assertThat(status(queued.id())).isEqualTo("SENT");

        String stored = jdbc.queryForObject("select body from outbox_mail where id = ?", String.class, queued.id());
        assertThat(stored).doesNotContain(secret).contains("?token=" + OneTimeLinks.BLANKED);
        // The mail itself carried the link: it still works for the recipient.
        resets.checkToken(secret);
    }

    private String status(long id) {
        return String.valueOf(jdbc.queryForObject("select status from outbox_mail where id = ?", String.class, id));
    }
}
