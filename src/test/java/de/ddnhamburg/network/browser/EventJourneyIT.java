package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Guests and members at one public event, in the packaged app with a real SMTP server: a guest
 * registers without an account, confirms by the link in the mail and sees the seat; a member fills
 * the last seat, and the next member lands on the waiting list.
 *
 * <p>The event is written into the app's database before the browser starts (the app runs its H2
 * file with AUTO_SERVER, so this test can connect too): creating events in the UI is not part of
 * this journey.
 */
class EventJourneyIT {

    private static final String DEMO_PASSWORD = "ddn-demo-passwort";
    private static final String TITLE = "Demografiefeste Personalarbeit – Gastrunde";

    private static GreenMail smtp;
    private static PackagedApp app;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static long eventId;

    @BeforeAll
    static void start() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        smtp = new GreenMail(new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        int port = PackagedApp.freePort();
        Path data = Files.createTempDirectory("ddn-event-journey-data");
        String database = "jdbc:h2:file:" + data.toAbsolutePath() + "/ddn-network;AUTO_SERVER=TRUE";
        Path jar = Path.of(System.getProperty("app.jar", "target/ddn-network-0.1.0-SNAPSHOT.jar"));
        app = PackagedApp.start(jar, data, port,
                "--spring.datasource.url=" + database,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--app.mail.outbox.poll-interval=PT1S", "--app.public-url=http://localhost:" + port);
        eventId = insertPublicHybridEvent(database);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void a_guest_registers_and_confirms_by_mail_then_members_fill_the_last_seat_and_the_waiting_list() throws Exception {
        // A guest, without an account, takes one of the two seats in person.
        browser.get(app.url("/veranstaltungen/" + eventId));
        waitForText("#event-title", TITLE);
        waitForText("#event-seats", "2 von 2 frei");
        type("#guest-name input", "Gesa Gast");
        type("#guest-email input", "gesa.gast@example.org");
        type("#guest-organisation input", "Pflegedienst Elbufer");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#guest-seat vaadin-radio-button"))).click();
        browser.findElement(By.cssSelector("#guest-consent input")).click();
        screenshot("event-01-guest-form");
        browser.findElement(By.id("guest-submit")).click();
        waitForText("#guest-done", "Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail");

        String confirm = linkIn(mailTo("gesa.gast@example.org", 1), "/veranstaltungen/gast/bestaetigen");
        browser.get(confirm);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("guest-link-action"))).click();
        waitForText("#guest-link-done", "Sie haben einen Platz (vor Ort)");
        screenshot("event-02-guest-confirmed");
        assertThat(GreenMailUtil.getBody(mailTo("gesa.gast@example.org", 2))).contains("/veranstaltungen/gast/abmelden");
        browser.findElement(By.id("guest-event-link")).click();
        waitForText("#event-seats", "1 von 2 frei");

        // A member takes the last seat in person.
        logIn("rieke.sommerfeld@example.org");
        browser.get(app.url("/veranstaltungen/" + eventId));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("event-register-in-person"))).click();
        waitForText("#event-my-status", "Sie sind angemeldet (vor Ort).");
        waitForText("#event-seats", "0 von 2 frei");
        screenshot("event-03-member-last-seat");

        // The next member lands on the waiting list.
        browser.manage().deleteAllCookies();
        logIn("claudia.harms@example.org");
        browser.get(app.url("/veranstaltungen/" + eventId));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("event-register-in-person"))).click();
        waitForText("#event-my-status", "Warteliste an Position 1");
        screenshot("event-04-member-waiting");
    }

    /** A published public hybrid event that takes guests: two seats in person, twenty online, in two weeks. */
    private static long insertPublicHybridEvent(String database) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant start = now.plus(Duration.ofDays(14));
        try (Connection connection = DriverManager.getConnection(database, "sa", "");
                PreparedStatement insert = connection.prepareStatement("""
                        insert into event (version, created_at, updated_at, title, event_type, description, starts_at,
                            ends_at, format, venue, online_link, in_person_capacity, online_capacity, status, audience,
                            guests_allowed, address)
                        values (0, ?, ?, ?, 'SPECIALIST_EVENT', ?, ?, ?, 'HYBRID', 'Handelskammer Hamburg',
                            'https://meet.example.org/personalarbeit', 2, 20, 'PUBLISHED', 'PUBLIC', true,
                            'Adolphsplatz 1, 20457 Hamburg')""", new String[] {"id"})) {
            insert.setTimestamp(1, Timestamp.from(now));
            insert.setTimestamp(2, Timestamp.from(now));
            insert.setString(3, TITLE);
            insert.setString(4, "Wie Unternehmen ihre Personalarbeit auf alternde Belegschaften einstellen.");
            insert.setTimestamp(5, Timestamp.from(start));
            insert.setTimestamp(6, Timestamp.from(start.plus(Duration.ofHours(3))));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static MimeMessage mailTo(String recipient, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> addressedTo(message, recipient))
                    .toArray(MimeMessage[]::new);
            if (found.length >= expected) {
                return found[expected - 1];
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Fewer than " + expected + " mails to " + recipient + " within 30 s");
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(recipient);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String linkIn(MimeMessage mail, String path) {
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher matcher = Pattern.compile("https?://[^\\s\"<>]*" + Pattern.quote(path) + "[^\\s\"<>]*").matcher(body);
        assertThat(matcher.find()).as("a link to %s in: %s", path, body).isTrue();
        return matcher.group();
    }

    private void logIn(String email) {
        browser.get(app.url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
        wait.until(ExpectedConditions.urlContains("/start"));
    }

    private void type(String css, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text);
    }

    private void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    private void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), new File(Chromium.screenshotDir(), name + ".png").toPath(),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
