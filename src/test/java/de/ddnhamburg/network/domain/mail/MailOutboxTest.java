package de.ddnhamburg.network.domain.mail;

import static de.ddnhamburg.network.support.OutboxRows.uniqueFact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditEntryItem;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.OutboxRows;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox in the default set-up (no SMTP server): queued with the fact, once per fact, logged
 * instead of sent, and visible to admins only.
 */
@IntegrationTest
class MailOutboxTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxAdministration administration;

    @Autowired
    AuditService audit;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        SecurityTestSupport.signOut();
        clock.reset();
    }

    @Test
    void a_mail_cannot_be_queued_outside_the_transaction_of_its_fact() {
        String fact = uniqueFact("test.outside");

        assertThatThrownBy(() -> outbox.enqueue(welcome(fact, "outside@example.org", Locale.GERMAN)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> readOnly()
                        .executeWithoutResult(
                                status -> outbox.enqueue(welcome(fact, "outside@example.org", Locale.GERMAN))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(rows().byFact(fact)).isEmpty();
    }

    @Test
    void the_same_fact_twice_gives_one_mail() {
        String fact = uniqueFact("test.twice");

        boolean first = inTransaction(() -> outbox.enqueue(welcome(fact, "twice@example.org", Locale.GERMAN)));
        boolean second = inTransaction(() -> outbox.enqueue(welcome(fact, "twice@example.org", Locale.ENGLISH)));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(rows().one(fact).language()).isEqualTo("de");
    }

    @Test
    void a_rolled_back_fact_leaves_no_mail() {
        String fact = uniqueFact("test.rollback");

        assertThatThrownBy(() -> inTransaction(() -> {
                    outbox.enqueue(welcome(fact, "rollback@example.org", Locale.GERMAN));
                    throw new IllegalStateException("the fact could not be stored");
                }))
                .hasMessage("the fact could not be stored");

        assertThat(rows().byFact(fact)).isEmpty();
    }

    @Test
    void a_queued_mail_is_rendered_in_the_recipients_language_and_due_at_once() {
        Instant now = Instant.parse("2026-03-02T09:15:00Z");
        clock.set(now);
        String fact = uniqueFact("test.rendered");

        inTransaction(() -> outbox.enqueue(MailRequest.of(
                fact, " Lena.English@Example.org ", Locale.UK, MailTemplate.PASSWORD_CHANGED, "Lena English", now)));

        OutboxRows.Row row = rows().one(fact);
        assertThat(row.recipient()).isEqualTo("Lena.English@Example.org");
        assertThat(row.language()).isEqualTo("en");
        assertThat(row.subject()).isEqualTo("Your password was changed");
        assertThat(row.body()).startsWith("Hello Lena English,").contains("changed on 2 Mar 2026, 10:15.");
        assertThat(row.status()).isEqualTo("PENDING");
        assertThat(row.attempts()).isZero();
        assertThat(row.createdAt()).isEqualTo(now);
        assertThat(row.nextAttemptAt()).isEqualTo(now);
    }

    @Test
    void an_address_no_server_could_use_is_refused_with_the_fact() {
        String fact = uniqueFact("test.invalid");

        for (String recipient : new String[] {"not an address", "Mallory <mallory@example.org>", "a@b@c"}) {
            assertThatThrownBy(() -> inTransaction(() -> outbox.enqueue(welcome(fact, recipient, Locale.GERMAN))))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("validation.email.invalid");
        }
        assertThat(rows().byFact(fact)).isEmpty();
    }

    @Test
    void without_smtp_a_due_mail_is_logged_and_counts_as_sent() {
        Instant now = Instant.parse("2026-03-02T09:15:00Z");
        clock.set(now);
        String fact = uniqueFact("test.logged");
        inTransaction(() -> outbox.enqueue(welcome(fact, "logged@example.org", Locale.GERMAN)));
        clock.set(now.plusSeconds(5));

        sender.deliverDueMails();

        OutboxRows.Row row = rows().one(fact);
        assertThat(row.status()).isEqualTo("SENT");
        assertThat(row.sentAt()).isEqualTo(now.plusSeconds(5));
        assertThat(row.attempts()).isEqualTo(1);
        SecurityTestSupport.signIn(testMembers.admin());
        assertThat(administration.deliversToRecipients()).isFalse();
    }

    @Test
    void only_admins_see_the_outbox() {
        assertThatThrownBy(() -> administration.findPage(null, PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        SecurityTestSupport.signIn(testMembers.member());
        assertThatThrownBy(() -> administration.findPage(null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.count(MailStatus.FAILED)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.open(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.retry(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_reading_a_mail_is_audited() {
        String fact = uniqueFact("test.opened");
        inTransaction(() -> outbox.enqueue(welcome(fact, "opened@example.org", Locale.GERMAN)));
        long id = rows().one(fact).id();
        SecurityTestSupport.signIn(testMembers.admin());

        OutboxMailContent content = administration.open(id);

        assertThat(content.subject()).isEqualTo("Willkommen bei ddn Hamburg");
        assertThat(content.body()).startsWith("Guten Tag Olga Opened,");
        AuditEntryItem entry = auditEntry(AuditAction.MAIL_OPENED, id);
        assertThat(entry.actor()).isEqualTo(TestMembers.ADMIN);
        assertThat(entry.details()).isEqualTo("opened@example.org");
    }

    @Test
    void only_a_failed_mail_can_be_sent_again_and_that_is_audited() {
        String fact = uniqueFact("test.retry");
        inTransaction(() -> outbox.enqueue(welcome(fact, "retry@example.org", Locale.GERMAN)));
        long id = rows().one(fact).id();
        SecurityTestSupport.signIn(testMembers.admin());

        assertThatThrownBy(() -> administration.retry(id)).hasMessage("outbox.retry.notFailed");

        rows().markFailed(fact, "SMTP server unreachable");
        Instant now = Instant.parse("2026-03-03T08:00:00Z");
        clock.set(now);
        OutboxMailSummary retried = administration.retry(id);

        assertThat(retried.status()).isEqualTo(MailStatus.PENDING);
        OutboxRows.Row row = rows().one(fact);
        assertThat(row.status()).isEqualTo("PENDING");
        assertThat(row.attempts()).isZero();
        assertThat(row.nextAttemptAt()).isEqualTo(now);
        assertThat(row.lastError())
                .as("kept until the next attempt, so the admin still sees why")
                .isEqualTo("SMTP server unreachable");
        AuditEntryItem entry = auditEntry(AuditAction.MAIL_RETRIED, id);
        assertThat(entry.actor()).isEqualTo(TestMembers.ADMIN);
        assertThat(AuditNote.text(entry.details(), java.util.Locale.ENGLISH))
                .hasValue("retry@example.org, after 10 attempts");
        assertThat(AuditNote.text(entry.details(), java.util.Locale.GERMAN))
                .hasValue("retry@example.org, nach 10 Versuchen");
    }

    /** The log is shared by all tests of the context and sorted by time, so search it by target. */
    private AuditEntryItem auditEntry(AuditAction action, long mailId) {
        return audit.findPage(action, PageRequest.of(0, 200)).stream()
                .filter(entry -> ("mail:" + mailId).equals(entry.target()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " entry for mail " + mailId));
    }

    private static MailRequest welcome(String fact, String recipient, Locale language) {
        String name = recipient.startsWith("opened") ? "Olga Opened" : "Test Person";
        return MailRequest.of(fact, recipient, language, MailTemplate.WELCOME, name);
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    private TransactionTemplate readOnly() {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setReadOnly(true);
        return template;
    }

    private OutboxRows rows() {
        return new OutboxRows(jdbc);
    }
}
