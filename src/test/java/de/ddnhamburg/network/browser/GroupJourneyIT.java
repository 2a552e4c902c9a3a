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
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An expert group in the packaged app with the demo data and a real SMTP server: a member asks to
 * join a group that takes members on request, its moderator gets a mail and approves, the member
 * posts (with a link), and the moderator pins the post.
 */
class GroupJourneyIT {

    private static final String PASSWORD = "ddn-demo-passwort";
    private static final String GROUP = "Vereinbarkeit von Familie und Beruf";
    private static final String MEMBER = "claudia.harms@example.org";
    private static final String MODERATOR = "christina.voss@example.org";
    private static final String TITLE = "Coaching für Eltern in Führung";

    private static GreenMail smtp;
    private static PackagedApp app;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        smtp = new GreenMail(new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        int port = PackagedApp.freePort();
        Path jar = Path.of(System.getProperty("app.jar", "target/ddn-network-0.1.0-SNAPSHOT.jar"));
        app = PackagedApp.start(jar, Files.createTempDirectory("ddn-group-journey-data"), port,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--app.mail.outbox.poll-interval=PT1S", "--app.public-url=http://localhost:" + port);
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
    void request_to_join_moderator_approves_member_posts_moderator_pins() throws Exception {
        logIn(MEMBER);
        browser.get(app.url("/fachgruppen"));
        press(By.linkText(GROUP));
        press(By.id("request-join"));
        waitForText("#group-state-hint", "wartet");
        String groupPage = browser.getCurrentUrl();
        screenshot("group-01-request-sent");

        MimeMessage request = mailTo(MODERATOR);
        assertThat(GreenMailUtil.getBody(request)).contains("Claudia Harms").contains(GROUP.substring(0, 12));

        switchTo(MODERATOR);
        browser.get(groupPage);
        press(By.cssSelector("#group-requests vaadin-button[id^='approve-']"));
        waitForText("#group-members", "Claudia Harms");
        screenshot("group-02-approved");

        switchTo(MEMBER);
        browser.get(groupPage);
        type("#new-post-title input", TITLE);
        type("#new-post-text textarea", "Wer kennt gute Angebote? Ein Beispiel: https://example.org/eltern-in-fuehrung");
        press(By.id("new-post-submit"));
        WebElement post = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(postWithTitle())));
        WebElement link = post.findElement(By.cssSelector("a.group-post-link"));
        assertThat(link.getAttribute("href")).isEqualTo("https://example.org/eltern-in-fuehrung");
        assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        screenshot("group-03-posted");

        switchTo(MODERATOR);
        browser.get(groupPage);
        press(By.xpath(postWithTitle() + "//vaadin-button[starts-with(@id, 'pin-post-')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(postWithTitle()), "Angeheftet"));
        // Pinned posts come first.
        WebElement first = browser.findElement(By.cssSelector("#post-list > div.group-post"));
        assertThat(first.getText()).contains(TITLE);
        screenshot("group-04-pinned");
    }

    private static String postWithTitle() {
        return "//div[contains(concat(' ', @class, ' '), ' group-post ')][.//h3[text()='" + TITLE + "']]";
    }

    private static MimeMessage mailTo(String recipient) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> addressedTo(message, recipient))
                    .toArray(MimeMessage[]::new);
            if (found.length > 0) {
                return found[0];
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No mail to " + recipient + " within 30 s");
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(recipient);
        } catch (MessagingException e) {
            return false;
        }
    }

    /** A fresh session for another demo account, as on a second computer. */
    private static void switchTo(String email) {
        browser.manage().deleteAllCookies();
        logIn(email);
    }

    private static void logIn(String email) {
        browser.get(app.url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
        wait.until(ExpectedConditions.urlContains("/start"));
    }

    /** Clicks like a user who first scrolls the element into view; a notification may cover the page's bottom. */
    private static void press(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private static void type(String css, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text);
    }

    private static void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), new File(Chromium.screenshotDir(), name + ".png").toPath(),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
