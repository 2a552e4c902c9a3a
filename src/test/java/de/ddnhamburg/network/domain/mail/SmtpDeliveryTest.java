package de.ddnhamburg.network.domain.mail;

import static de.ddnhamburg.network.support.OutboxRows.uniqueFact;
import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.OutboxRows;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Delivery to a real SMTP server (GreenMail, in this JVM), including an outage. */
class SmtpDeliveryTest extends SmtpContext {

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxAdministration administration;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    private final Instant start = Instant.parse("2026-05-04T07:30:00Z");

    @BeforeEach
    void startClock() {
        clock.set(start);
    }

    @AfterEach
    void cleanUp() {
        SecurityTestSupport.signOut();
        clock.reset();
    }

    @Test
    void mails_arrive_in_the_recipients_language_from_the_network_with_a_stable_message_id() throws Exception {
        String german = uniqueFact("test.smtp.german");
        String english = uniqueFact("test.smtp.english");
        enqueue(MailRequest.of(
                german,
                "greta@example.org",
                Locale.GERMAN,
                MailTemplate.PASSWORD_CHANGED,
                "Greta Grün",
                start.minus(Duration.ofMinutes(5))));
        enqueue(MailRequest.of(english, "eric@example.org", Locale.ENGLISH, MailTemplate.WELCOME, "Eric English"));

        assertThat(sender.deliverDueMails()).isEqualTo(2);

        MimeMessage toGreta = onlyMailTo("greta@example.org");
        assertThat(toGreta.getSubject()).isEqualTo("Ihr Passwort wurde geändert");
        assertThat(text(toGreta))
                .startsWith("Guten Tag Greta Grün,")
                .contains("am 04.05.2026, 09:25 geändert", "Viele Grüße");
        assertThat(toGreta.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        assertThat(from(toGreta)).isEqualTo(new InternetAddress("no-reply@ddn-hamburg.de", "ddn Hamburg"));
        OutboxRows.Row gretaRow = rows().one(german);
        assertThat(toGreta.getMessageID())
                .isEqualTo(
                        "<outbox." + gretaRow.id() + "." + gretaRow.createdAt().toEpochMilli() + "@ddn-hamburg.de>");

        MimeMessage toEric = onlyMailTo("eric@example.org");
        assertThat(toEric.getSubject()).isEqualTo("Welcome to ddn Hamburg");
        assertThat(text(toEric)).startsWith("Hello Eric English,").contains("Best regards");
        assertThat(toEric.getMessageID()).isNotEqualTo(toGreta.getMessageID());

        assertThat(List.of(rows().one(german), rows().one(english))).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo("SENT");
            assertThat(row.sentAt()).isEqualTo(start);
            assertThat(row.attempts()).isEqualTo(1);
        });
    }

    @Test
    void an_smtp_outage_loses_nothing_and_each_mail_goes_out_once_when_the_server_is_back() throws Exception {
        smtp.stop();
        String first = uniqueFact("test.smtp.outage");
        String second = uniqueFact("test.smtp.outage");
        enqueue(MailRequest.of(first, "first@example.org", Locale.GERMAN, MailTemplate.WELCOME, "Frida First"));
        enqueue(MailRequest.of(second, "second@example.org", Locale.GERMAN, MailTemplate.WELCOME, "Sven Second"));

        assertThat(sender.deliverDueMails()).isZero();

        for (String fact : List.of(first, second)) {
            OutboxRows.Row row = rows().one(fact);
            assertThat(row.status()).isEqualTo("PENDING");
            assertThat(row.attempts()).as("each mail had its own attempt").isEqualTo(1);
            assertThat(row.nextAttemptAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));
            assertThat(row.lastError()).contains("127.0.0.1").contains(String.valueOf(SMTP_PORT));
            assertThat(row.sentAt()).isNull();
        }

        sender.deliverDueMails();
        assertThat(rows().one(first).attempts())
                .as("not due yet: the backoff is respected")
                .isEqualTo(1);

        smtp.start();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.deliverDueMails()).isEqualTo(2);
        clock.advance(Duration.ofHours(2));
        assertThat(sender.deliverDueMails()).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(text(onlyMailTo("first@example.org"))).startsWith("Guten Tag Frida First,");
        assertThat(text(onlyMailTo("second@example.org"))).startsWith("Guten Tag Sven Second,");
        assertThat(rows().one(first).status()).isEqualTo("SENT");
        assertThat(rows().one(first).attempts()).isEqualTo(2);
        assertThat(rows().one(first).sentAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));
    }

    @Test
    void retries_back_off_exponentially_give_up_after_ten_attempts_and_an_admin_can_send_again() throws Exception {
        smtp.stop();
        String fact = uniqueFact("test.smtp.failed");
        enqueue(MailRequest.of(fact, "patient@example.org", Locale.ENGLISH, MailTemplate.WELCOME, "Paula Patient"));

        List<Long> expectedDelays = List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        for (int attempt = 1; attempt <= expectedDelays.size(); attempt++) {
            sender.deliverDueMails();
            OutboxRows.Row row = rows().one(fact);
            assertThat(row.attempts()).isEqualTo(attempt);
            assertThat(row.status()).isEqualTo("PENDING");
            assertThat(Duration.between(clock.instant(), row.nextAttemptAt()))
                    .as("delay after attempt %d", attempt)
                    .isEqualTo(Duration.ofMinutes(expectedDelays.get(attempt - 1)));
            clock.set(row.nextAttemptAt());
        }
        sender.deliverDueMails();

        OutboxRows.Row failed = rows().one(fact);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(10);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(failed.lastError()).isNotBlank();
        clock.advance(Duration.ofDays(2));
        sender.deliverDueMails();
        assertThat(rows().one(fact).attempts())
                .as("a failed mail is left alone")
                .isEqualTo(10);

        smtp.start();
        SecurityTestSupport.signIn(testMembers.admin());
        administration.retry(failed.id());
        assertThat(sender.deliverDueMails()).isEqualTo(1);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(onlyMailTo("patient@example.org").getSubject()).isEqualTo("Welcome to ddn Hamburg");
        assertThat(rows().one(fact).status()).isEqualTo("SENT");
    }

    @Test
    void an_attachment_goes_out_as_its_own_part_with_its_full_content_type() throws Exception {
        String fact = uniqueFact("test.smtp.attachment");
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//DE\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n";
        enqueue(MailRequest.of(fact, "ida@example.org", Locale.GERMAN, MailTemplate.WELCOME, "Ida Ics")
                .withAttachment(MailAttachment.calendar("veranstaltung-7.ics", ics)));

        assertThat(sender.deliverDueMails()).isEqualTo(1);

        MimeMessage mail = onlyMailTo("ida@example.org");
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
        List<jakarta.mail.BodyPart> all = new java.util.ArrayList<>();
        collect(parts, all);
        jakarta.mail.BodyPart calendar = all.stream()
                .filter(part -> "veranstaltung-7.ics".equals(fileName(part)))
                .findFirst()
                .orElseThrow();
        assertThat(calendar.getContentType())
                .startsWith("text/calendar")
                .contains("method=PUBLISH")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(new String(calendar.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(ics);
        assertThat(all).anySatisfy(part -> assertThat(part.getContentType()).startsWith("text/plain"));
    }

    private static void collect(jakarta.mail.internet.MimeMultipart multipart, List<jakarta.mail.BodyPart> into)
            throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            jakarta.mail.BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof jakarta.mail.internet.MimeMultipart nested) {
                collect(nested, into);
            } else {
                into.add(part);
            }
        }
    }

    private static String fileName(jakarta.mail.BodyPart part) {
        try {
            return part.getFileName();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void enqueue(MailRequest request) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> outbox.enqueue(request));
    }

    private MimeMessage onlyMailTo(String recipient) throws Exception {
        List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> hasRecipient(mail, recipient))
                .toList();
        assertThat(mails).as("mails to " + recipient).hasSize(1);
        return mails.getFirst();
    }

    private static boolean hasRecipient(MimeMessage mail, String recipient) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(
                            address -> ((InternetAddress) address).getAddress().equals(recipient));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) throws Exception {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }

    private static InternetAddress from(MimeMessage mail) throws Exception {
        return (InternetAddress) mail.getFrom()[0];
    }

    private OutboxRows rows() {
        return new OutboxRows(jdbc);
    }
}
