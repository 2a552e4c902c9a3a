package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser journey through the packaged app: a headless Chromium with its wait, optionally a
 * GreenMail SMTP server that the app sends to, and the app itself. The browser ITs share this so
 * that each of them only says what its user does; closing it stops all three. A journey may open
 * more browsers on the same app ({@link #anotherBrowser()}) and write to the app's database
 * ({@link #startWithDatabase}).
 */
final class BrowserJourney implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration MAIL_LIMIT = Duration.ofSeconds(30);

    private ChromeDriver browser;
    private WebDriverWait wait;
    private GreenMail smtp;
    private PackagedApp app;
    private @Nullable String database;
    private final List<ChromeDriver> otherBrowsers = new ArrayList<>();

    private BrowserJourney() {}

    /**
     * Browser, SMTP server and app in a fresh data directory. The app polls its outbox every second
     * (the default would make each mail step wait) and puts its own address into the links it mails.
     */
    static BrowserJourney start(String dataDirPrefix, String... extraAppArguments) throws Exception {
        return start(Files.createTempDirectory(dataDirPrefix), extraAppArguments);
    }

    /** As {@link #start(String, String...)}, for a test that needs to know the data directory beforehand. */
    static BrowserJourney start(Path dataDir, String... extraAppArguments) throws Exception {
        return start(dataDir, true, extraAppArguments);
    }

    /**
     * As {@link #start(String, String...)}, on an H2 file database that the test may write to while
     * the app runs ({@link #database()}), e.g. a congress that takes place today.
     */
    static BrowserJourney startWithDatabase(String dataDirPrefix, boolean withMail) throws Exception {
        Path dataDir = Files.createTempDirectory(dataDirPrefix);
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/ddn-network;AUTO_SERVER=TRUE";
        BrowserJourney journey = start(dataDir, withMail, "--spring.datasource.url=" + url);
        journey.database = url;
        return journey;
    }

    /** Browser and app only: the app then has no SMTP server and just logs its mail. */
    static BrowserJourney startWithoutMail(String dataDirPrefix) throws Exception {
        return start(Files.createTempDirectory(dataDirPrefix), false);
    }

    private static BrowserJourney start(Path dataDir, boolean withMail, String... extraAppArguments) throws Exception {
        BrowserJourney journey = new BrowserJourney();
        try {
            journey.browser = Chromium.start();
            journey.wait = new WebDriverWait(journey.browser, WAIT);
            int port = PackagedApp.freePort();
            List<String> arguments = new ArrayList<>(List.of(extraAppArguments));
            if (withMail) {
                journey.smtp =
                        new GreenMail(new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                journey.smtp.start();
                arguments.addAll(List.of(
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + journey.smtp.getSmtp().getPort(),
                        "--app.mail.outbox.poll-interval=PT1S",
                        "--app.public-url=http://localhost:" + port));
            }
            journey.app = PackagedApp.start(PackagedApp.jar(), dataDir, port, arguments.toArray(String[]::new));
            return journey;
        } catch (Exception | Error e) {
            // Whatever did start must not outlive a failed start (Chromium missing aborts the test class).
            journey.close();
            throw e;
        }
    }

    ChromeDriver browser() {
        return browser;
    }

    PackagedApp app() {
        return app;
    }

    /** A connection to the app's database; only for a journey started {@link #startWithDatabase with one}. */
    Connection database() throws SQLException {
        if (database == null) {
            throw new IllegalStateException("Started without a database of its own: use startWithDatabase");
        }
        return DriverManager.getConnection(database, "sa", "");
    }

    /** One more browser on the same app (an office beside the door, say); it closes with the journey. */
    ChromeDriver anotherBrowser() {
        ChromeDriver other = Chromium.start();
        otherBrowsers.add(other);
        return other;
    }

    /** Logs that browser in and waits for its member start page; its wait comes back for the next steps. */
    WebDriverWait logIn(ChromeDriver other, String email, String password) {
        WebDriverWait otherWait = new WebDriverWait(other, WAIT);
        other.get(app.url("/login"));
        fillLoginForm(other, otherWait, email, password);
        otherWait.until(ExpectedConditions.urlContains("/start"));
        return otherWait;
    }

    /** Opens a path of the app, e.g. {@code "/login"}. */
    void open(String path) {
        browser.get(app.url(path));
    }

    <T> T until(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    void type(String css, String text) {
        until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text);
    }

    void waitForText(String css, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /**
     * Waits until any open notification shows the text. Several notifications may be open at once
     * (a photo saved just before the profile), and the first card found need not be the one awaited.
     */
    void waitForNotice(String text) {
        until(driver -> driver.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> textOf(card).contains(text)));
    }

    private static String textOf(WebElement element) {
        try {
            return element.getText();
        } catch (StaleElementReferenceException closedMeanwhile) {
            return "";
        }
    }

    /** Clicks like a user who first scrolls the element into view; a notification may cover the page's bottom. */
    void press(By locator) {
        WebElement element = until(ExpectedConditions.elementToBeClickable(locator));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /** Opens the login page, logs in and waits for the member start page. */
    void logIn(String email, String password) {
        open("/login");
        fillLoginForm(browser, wait, email, password);
        until(ExpectedConditions.urlContains("/start"));
    }

    /** Fills and sends the login form already on the page; for failed logins and those reached by a link. */
    void fillLoginForm(String email, String password) {
        fillLoginForm(browser, wait, email, password);
    }

    /** The same for any browser, so that tests with more than one browser log in alike. */
    static void fillLoginForm(ChromeDriver browser, WebDriverWait wait, String email, String password) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password);
        browser.findElement(By.cssSelector(
                        "vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
    }

    /** Saves the current page to the screenshot directory as {@code name.png}. */
    void screenshot(String name) throws IOException {
        screenshot(browser, name);
    }

    /** The same for another browser of the journey. */
    static void screenshot(ChromeDriver browser, String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(
                shot.toPath(),
                new File(Chromium.screenshotDir(), name + ".png").toPath(),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The {@code expected}-th mail to the recipient (1 = the first). The outbox sends asynchronously,
     * so this polls the SMTP server until that mail is there or the limit has passed.
     */
    MimeMessage mailTo(String recipient, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + MAIL_LIMIT.toNanos();
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
        } catch (MessagingException e) {
            return false;
        }
    }

    /** The first link in the mail whose address contains {@code path}; fails if there is none. */
    static String linkIn(MimeMessage mail, String path) {
        // Undo quoted-printable soft line breaks and escaped '=' so that the link is whole again.
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher matcher = Pattern.compile("https?://[^\\s\"<>]*" + Pattern.quote(path) + "[^\\s\"<>]*")
                .matcher(body);
        assertThat(matcher.find()).as("a link to %s in: %s", path, body).isTrue();
        return matcher.group();
    }

    @Override
    public void close() throws Exception {
        otherBrowsers.forEach(ChromeDriver::quit);
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
}
