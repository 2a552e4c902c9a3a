package de.ddnhamburg.network.domain.mail;

import static de.ddnhamburg.network.support.OutboxRows.uniqueFact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.OutboxRows;
import de.ddnhamburg.network.support.TestMarkers;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What decision 004 promises about delivery, shown against a real SMTP server (GreenMail) on H2 and
 * on PostgreSQL (see the two subclasses): a sender that dies after the server accepted a mail but
 * before the outbox recorded it loses nothing, the mail goes out again with the same Message-ID, and
 * two senders running at once never send one mail twice.
 *
 * <p>The senders here are built by the test, each with its own gateway to GreenMail, on the
 * context's repository, clock and transaction manager, as the application builds its one sender.
 * They deliver every due mail of the shared database, so assertions look only at this test's
 * recipients.
 */
abstract class OutboxDeliveryContract {

    private static final int SMTP_PORT = freePort();
    private static final Instant NOW = Instant.parse("2026-06-03T09:00:00Z");

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxMailRepository mails;

    @Autowired
    MailProperties properties;

    @Autowired
    MutableClock clock;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void freezeClock() {
        clock.set(NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_sender_that_dies_after_the_server_accepted_a_mail_sends_it_again_with_the_same_message_id() {
        String fact = uniqueFact("delivery.crash");
        String recipient = TestMarkers.word("crash") + "@example.org";
        enqueue(MailRequest.of(fact, recipient, Locale.GERMAN, MailTemplate.WELCOME, "Carla Crash"));

        // The process dies (an Error, as when the JVM is killed: nothing after it runs) right after
        // the server said 250 OK, so the transaction that would mark the mail sent never commits.
        OutboxSender dying = sender(new AcceptedThen(smtpGateway(), recipient, () -> {
            throw new SimulatedCrash();
        }));
        assertThatThrownBy(dying::deliverDueMails).isInstanceOf(SimulatedCrash.class);

        assertThat(receivedBy(recipient)).as("the server has the mail").hasSize(1);
        OutboxRows.Row afterCrash = rows().one(fact);
        assertThat(afterCrash.status()).as("the outbox does not know").isEqualTo("PENDING");
        assertThat(afterCrash.sentAt()).isNull();

        sender(smtpGateway()).deliverDueMails(); // the restarted node
        sender(smtpGateway()).deliverDueMails(); // and its next run: nothing left for it

        List<MimeMessage> received = receivedBy(recipient);
        assertThat(received).as("sent again, once").hasSize(2);
        assertThat(messageId(received.get(1)))
                .as("the same Message-ID, so receivers can drop the duplicate")
                .isEqualTo(messageId(received.get(0)))
                .isEqualTo("<outbox." + afterCrash.id() + "."
                        + afterCrash.createdAt().toEpochMilli() + "@ddn-hamburg.de>");
        assertThat(text(received.get(1))).isEqualTo(text(received.get(0)));
        OutboxRows.Row sent = rows().one(fact);
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.attempts()).isEqualTo(1);
    }

    @Test
    void a_sender_whose_database_fails_after_the_server_accepted_a_mail_sends_it_again_with_the_same_message_id() {
        String fact = uniqueFact("delivery.commit");
        String recipient = TestMarkers.word("commit") + "@example.org";
        enqueue(MailRequest.of(fact, recipient, Locale.ENGLISH, MailTemplate.WELCOME, "Colin Commit"));

        // The process lives on, but recording "sent" fails (the connection to the database is lost
        // at the commit): the sender goes on with the next mail and leaves this row as it was.
        OutboxSender unlucky = sender(new AcceptedThen(
                smtpGateway(),
                recipient,
                () -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        throw new IllegalStateException("simulated: connection to the database lost");
                    }
                })));
        unlucky.deliverDueMails();
        assertThat(receivedBy(recipient)).hasSize(1);
        assertThat(rows().one(fact).status()).isEqualTo("PENDING");

        sender(smtpGateway()).deliverDueMails();
        sender(smtpGateway()).deliverDueMails();

        List<MimeMessage> received = receivedBy(recipient);
        assertThat(received).hasSize(2);
        assertThat(messageId(received.get(1))).isEqualTo(messageId(received.get(0)));
        assertThat(rows().one(fact).status()).isEqualTo("SENT");
    }

    @Test
    void two_senders_running_at_once_deliver_each_of_200_mails_exactly_once() throws Exception {
        String run = TestMarkers.word("race");
        int count = 200;
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(MailRequest.of(
                        uniqueFact("delivery.race"),
                        run + "-" + i + "@example.org",
                        Locale.GERMAN,
                        MailTemplate.WELCOME,
                        "Rita Race " + i));
            }
        });
        List<OutboxSender> senders = List.of(sender(smtpGateway()), sender(smtpGateway()));

        // Both start together and list the same due mails, so they compete for every row.
        CyclicBarrier start = new CyclicBarrier(senders.size());
        ExecutorService threads = Executors.newFixedThreadPool(senders.size());
        List<Future<Integer>> accepted = new ArrayList<>();
        try {
            for (OutboxSender sender : senders) {
                accepted.add(threads.submit((Callable<Integer>) () -> {
                    start.await(30, TimeUnit.SECONDS);
                    int total = 0;
                    for (int round = 0; round < 50 && pending(run) > 0; round++) {
                        total += sender.deliverDueMails();
                    }
                    return total;
                }));
            }
            for (Future<Integer> each : accepted) {
                each.get(5, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        List<MimeMessage> ours = Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> recipient(mail).startsWith(run + "-"))
                .toList();
        Map<String, Long> perRecipient =
                ours.stream().collect(Collectors.groupingBy(OutboxDeliveryContract::recipient, Collectors.counting()));
        assertThat(perRecipient).as("every mail arrived").hasSize(count);
        assertThat(perRecipient.entrySet())
                .as("no mail arrived twice")
                .allSatisfy(
                        entry -> assertThat(entry.getValue()).as(entry.getKey()).isEqualTo(1L));
        assertThat(ours.stream().map(OutboxDeliveryContract::messageId).distinct())
                .hasSize(count);
        assertThat(jdbc.queryForList(
                        "select status || ':' || attempts from outbox_mail where recipient like ?",
                        String.class,
                        run + "-%"))
                .hasSize(count)
                .containsOnly("SENT:1");
    }

    private OutboxSender sender(MailGateway gateway) {
        return new OutboxSender(mails, gateway, properties, clock, transactionManager);
    }

    private SmtpMailGateway smtpGateway() {
        JavaMailSenderImpl server = new JavaMailSenderImpl();
        server.setHost("127.0.0.1");
        server.setPort(SMTP_PORT);
        return new SmtpMailGateway(server, properties.sender(), clock);
    }

    private int pending(String run) {
        Integer pending = jdbc.queryForObject(
                "select count(*) from outbox_mail where status = 'PENDING' and recipient like ?",
                Integer.class,
                run + "-%");
        return pending == null ? 0 : pending;
    }

    private void enqueue(MailRequest request) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> outbox.enqueue(request));
    }

    private static List<MimeMessage> receivedBy(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> recipient(mail).equals(recipient))
                .toList();
    }

    private static String recipient(MimeMessage mail) {
        return read(mail, m -> ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress());
    }

    private static String messageId(MimeMessage mail) {
        return read(mail, MimeMessage::getMessageID);
    }

    private static String text(MimeMessage mail) {
        return read(mail, m -> (String) m.getContent());
    }

    private static <T> T read(MimeMessage mail, MessagingFunction<T> what) {
        try {
            return what.apply(mail);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface MessagingFunction<T> {
        T apply(MimeMessage mail) throws MessagingException, IOException;
    }

    private OutboxRows rows() {
        return new OutboxRows(jdbc);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends through the server, then, for one recipient's mail, does what the test plays. */
    private record AcceptedThen(MailGateway server, String recipient, Runnable afterAccepted) implements MailGateway {

        @Override
        public void send(OutgoingMail mail) {
            server.send(mail);
            if (mail.recipient().equals(recipient)) {
                afterAccepted.run();
            }
        }

        @Override
        public boolean deliversToRecipients() {
            return true;
        }
    }

    /** Stands for the process being killed: an Error, which the sender does not catch. */
    private static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("simulated crash after the SMTP server accepted the mail");
        }
    }
}
