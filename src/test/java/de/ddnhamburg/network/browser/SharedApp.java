package de.ddnhamburg.network.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The packaged app, with a GreenMail SMTP server that it sends to and an H2 file database that a
 * test may write to as well, started once per failsafe run and shared by the browser ITs: starting
 * the jar takes 30 to 45 s on two cores, so one start per test class made up half of the browser
 * tests' time. It starts when the first IT asks for it and stops when the test JVM ends.
 *
 * <p>The ITs run one after another in one JVM, in any order, so each keeps out of the others'
 * way: its own new accounts and e-mail addresses, demo members that no other IT on the same app
 * changes, its own rows, and counts of mail only since it began ({@link BrowserJourney#mailTo}).
 * Demo data that an IT asserts (the seats of a demo event, the demo congress's waiting list, the
 * admin's language) is left as it was found. Where one IT's rows would change what others see (a
 * congress taking place today becomes the home page's congress), those ITs use another shared
 * app, {@link #OWN_CONGRESSES}.
 */
final class SharedApp {

    /** The demo data, for ITs that use it as they find it. */
    static final String DEMO = "demo";

    /** For ITs that write congresses of their own into the database (one today, one with a full workshop). */
    static final String OWN_CONGRESSES = "own-congresses";

    private static final Duration MAIL_LIMIT = Duration.ofSeconds(30);
    private static final Map<String, SharedApp> STARTED = new LinkedHashMap<>();
    private static final Map<String, RuntimeException> FAILED = new LinkedHashMap<>();

    private final PackagedApp app;
    private final GreenMail smtp;
    private final String database;

    private SharedApp(PackagedApp app, GreenMail smtp, String database) {
        this.app = app;
        this.smtp = smtp;
        this.database = database;
    }

    /**
     * The app of that name, started now if it is not running yet. A start that failed is not tried
     * again by every later IT: they fail at once with the same cause.
     */
    static synchronized SharedApp get(String name) throws Exception {
        Chromium.assumeInstalled();
        SharedApp running = STARTED.get(name);
        if (running != null) {
            return running;
        }
        RuntimeException failed = FAILED.get(name);
        if (failed != null) {
            throw failed;
        }
        if (STARTED.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(SharedApp::stopAll, "shared-app-stop"));
        }
        try {
            SharedApp started = start(name);
            STARTED.put(name, started);
            return started;
        } catch (Exception | Error e) {
            FAILED.put(name, new IllegalStateException("The shared app '" + name + "' did not start", e));
            throw e;
        }
    }

    /**
     * The app polls its outbox four times a second (the default 10 s, or even one second, would make
     * each of the journeys' mail steps wait), puts its
     * own address into the links it mails, and runs its H2 file with AUTO_SERVER, so that a test can
     * connect too.
     */
    private static SharedApp start(String name) throws Exception {
        Path dataDir = Files.createTempDirectory("ddn-shared-" + name);
        // AUTO_SERVER (which H2 allows only without the app's own DB_CLOSE_ON_EXIT=FALSE) and
        // DB_CLOSE_DELAY=-1. The shared app runs half an
        // hour on a crowded machine: at 27 minutes a registration failed with H2's "The database has
        // been closed", about when Hikari retires its first connections (max-lifetime 30 min); so
        // the database stays open and the pool keeps its connections for the whole run.
        String database =
                "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/ddn-network;AUTO_SERVER=TRUE;DB_CLOSE_DELAY=-1";
        GreenMail smtp = new GreenMail(new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            int port = PackagedApp.freePort();
            PackagedApp app = PackagedApp.start(
                    PackagedApp.jar(),
                    dataDir,
                    port,
                    "--spring.datasource.url=" + database,
                    "--spring.datasource.hikari.max-lifetime=0",
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + smtp.getSmtp().getPort(),
                    "--app.mail.outbox.poll-interval=PT0.25S",
                    // The daily and weekly mails (follow-ups, matches, digests, approvals) would
                    // add mails at a fixed hour, between the ones a journey waits for.
                    "--app.events.follow-up-cron=-",
                    "--app.seeking.matches.cron=-",
                    "--app.groups.digest.cron=-",
                    "--app.admin.approvals-reminder-cron=-",
                    "--app.public-url=http://localhost:" + port);
            return new SharedApp(app, smtp, database);
        } catch (Exception | Error e) {
            smtp.stop();
            throw e;
        }
    }

    private static synchronized void stopAll() {
        for (SharedApp shared : STARTED.values()) {
            try {
                shared.app.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            shared.smtp.stop();
        }
        STARTED.clear();
    }

    PackagedApp app() {
        return app;
    }

    /** A connection to the app's database. */
    Connection database() throws SQLException {
        return DriverManager.getConnection(database, "sa", "");
    }

    /**
     * The mails the SMTP server has received so far, from all ITs, by their Message-ID. (GreenMail
     * lists its mails mailbox by mailbox, not in the order they came, so a count would not do.)
     */
    Set<String> mailsSoFar() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(SharedApp::messageId)
                .collect(Collectors.toSet());
    }

    /**
     * The {@code expected}-th mail to the recipient (1 = the first) that is not among {@code before};
     * a recipient's mails are listed in the order they came.
     * The outbox sends asynchronously, so this polls the SMTP server until that mail is there or the
     * limit has passed.
     */
    MimeMessage mailTo(String recipient, int expected, Set<String> before) throws InterruptedException {
        long deadline = System.nanoTime() + MAIL_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> !before.contains(messageId(message)) && addressedTo(message, recipient))
                    .toArray(MimeMessage[]::new);
            if (found.length >= expected) {
                return found[expected - 1];
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Fewer than " + expected + " mails to " + recipient + " within 30 s");
    }

    private static String messageId(MimeMessage message) {
        try {
            return Objects.requireNonNullElseGet(
                    message.getMessageID(), () -> "unnamed-" + System.identityHashCode(message));
        } catch (MessagingException e) {
            return "unreadable-" + System.identityHashCode(message);
        }
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(recipient);
        } catch (MessagingException e) {
            return false;
        }
    }
}
