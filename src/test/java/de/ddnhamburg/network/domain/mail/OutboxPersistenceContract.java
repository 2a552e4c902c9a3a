package de.ddnhamburg.network.domain.mail;

import static de.ddnhamburg.network.support.OutboxRows.uniqueFact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.OutboxRows;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the outbox needs from the database, on H2 and on PostgreSQL (see the two subclasses): the
 * migration, the unique fact key, long texts, the due query with its row lock, and ShedLock's table.
 */
abstract class OutboxPersistenceContract {

    private static final String INSERT = "insert into outbox_mail (version, created_at, updated_at, fact_key, "
            + "recipient, language, template, subject, body, status, attempts, next_attempt_at) values "
            + "(0, current_timestamp, current_timestamp, ?, 'x@example.org', 'de', 'welcome', 'S', 'B', ?, 0, current_timestamp)";

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    LockProvider lockProvider;

    @Autowired
    MutableClock clock;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxMailRepository mails;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_database_itself_allows_one_mail_per_fact_and_only_known_states() {
        String fact = uniqueFact("contract.unique");
        enqueue(MailRequest.of(fact, "unique@example.org", Locale.GERMAN, MailTemplate.WELCOME, "Uwe Unique"));

        assertThatThrownBy(() -> jdbc.update(INSERT, fact, "PENDING"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(INSERT, uniqueFact("contract.status"), "LOST"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(rows().byFact(fact)).hasSize(1);
    }

    @Test
    void long_bodies_with_umlauts_are_stored_unchanged_with_times_from_the_clock() {
        Instant now = Instant.parse("2026-06-01T12:00:00Z");
        clock.set(now);
        String fact = uniqueFact("contract.long");
        String longName = "Jürgen Groß-Öztürk ✓ ".repeat(700);

        enqueue(MailRequest.of(fact, "long@example.org", Locale.GERMAN, MailTemplate.WELCOME, longName));

        OutboxRows.Row row = rows().one(fact);
        assertThat(row.body())
                .hasSizeGreaterThan(15_000)
                .startsWith("Guten Tag " + longName + ",")
                .contains("Viele Grüße");
        assertThat(row.createdAt()).isEqualTo(now);
        assertThat(row.nextAttemptAt()).isEqualTo(now);
    }

    @Test
    void only_due_mails_are_delivered() {
        Instant now = Instant.parse("2026-06-01T12:00:00Z");
        String due = uniqueFact("contract.due");
        String later = uniqueFact("contract.later");
        clock.set(now);
        enqueue(MailRequest.of(due, "due@example.org", Locale.GERMAN, MailTemplate.WELCOME, "Dora Due"));
        clock.set(now.plus(Duration.ofMinutes(5)));
        enqueue(MailRequest.of(later, "later@example.org", Locale.GERMAN, MailTemplate.WELCOME, "Lars Later"));

        clock.set(now.plus(Duration.ofMinutes(4)));
        sender.deliverDueMails();

        assertThat(rows().one(due).status()).isEqualTo("SENT");
        assertThat(rows().one(later).status()).isEqualTo("PENDING");
    }

    @Test
    void the_scheduler_lock_is_held_by_one_node_at_a_time() {
        String name = "contract-" + System.nanoTime();
        Optional<SimpleLock> first = lockProvider.lock(lock(name));

        assertThat(first).as("a free lock is taken").isPresent();
        assertThat(lockProvider.lock(lock(name))).as("a held lock is refused").isEmpty();
        first.get().unlock();
        Optional<SimpleLock> again = lockProvider.lock(lock(name));
        assertThat(again).as("a released lock can be taken again").isPresent();
        again.get().unlock();
    }

    @Test
    void the_scheduled_sender_does_nothing_while_another_node_holds_its_lock() {
        // A whole second: the databases round an Instant's nanoseconds to microseconds, which could
        // put the stored next attempt a fraction after a frozen clock's "now".
        clock.set(Instant.parse("2026-06-02T08:00:00Z"));
        String fact = uniqueFact("contract.locked");
        enqueue(MailRequest.of(fact, "locked@example.org", Locale.GERMAN, MailTemplate.WELCOME, "Lotte Locked"));
        SimpleLock otherNode = lockProvider.lock(lock("outbox-sender")).orElseThrow();

        sender.deliverOnSchedule();
        assertThat(rows().one(fact).status()).isEqualTo("PENDING");

        otherNode.unlock();
        sender.deliverOnSchedule();
        assertThat(rows().one(fact).status()).isEqualTo("SENT");
    }

    private static LockConfiguration lock(String name) {
        return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO);
    }

    @Test
    void a_qr_code_is_stored_as_its_text_and_drawn_as_png_when_the_mail_is_sent() throws Exception {
        String recipient = "qr-" + UUID.randomUUID() + "@example.org";
        enqueue(MailRequest.of(uniqueFact("contract.qr"), recipient, Locale.GERMAN, MailTemplate.WELCOME, "Quirin")
                .withAttachment(MailAttachment.calendar("termin.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))
                .withAttachment(MailAttachment.qrCode("ticket-qr.png", "K7QX-4M2P-9HRT-B3WC")));

        assertThat(jdbc.queryForMap(
                        "select a.content, a.qr_code, a.base64 from outbox_mail_attachment a"
                                + " join outbox_mail m on m.id = a.mail_id where m.recipient = ?",
                        recipient))
                .containsEntry("content", "K7QX-4M2P-9HRT-B3WC")
                .containsEntry("qr_code", true)
                .containsEntry("base64", false);
        List<MailAttachment> sent = Objects.requireNonNull(new TransactionTemplate(transactionManager)
                .execute(status -> mails.findByRecipientOrderByCreatedAtAscIdAsc(recipient)
                        .getFirst()
                        .toOutgoing()
                        .attachments()));
        assertThat(sent.getFirst().bytes()).asString(StandardCharsets.UTF_8).startsWith("BEGIN:VCALENDAR");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(sent.get(1).bytes()));
        int[] pixels = png.getRGB(0, 0, png.getWidth(), png.getHeight(), null, 0, png.getWidth());
        assertThat(new QRCodeReader()
                        .decode(new BinaryBitmap(
                                new HybridBinarizer(new RGBLuminanceSource(png.getWidth(), png.getHeight(), pixels))))
                        .getText())
                .isEqualTo("K7QX-4M2P-9HRT-B3WC");
    }

    private void enqueue(MailRequest request) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> outbox.enqueue(request));
    }

    private OutboxRows rows() {
        return new OutboxRows(jdbc);
    }
}
