package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A newcomer's journey in the packaged app with a real SMTP server: join, confirm by the link in
 * the mail, log in, add a photo to the profile, find a member and send a first contact request,
 * which reaches that member by mail.
 */
class MemberJourneyIT {

    private static final String PASSWORD = "mein neues Netzwerkpasswort";

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
        app = PackagedApp.start(jar, Files.createTempDirectory("ddn-journey-data"), port,
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
    void join_confirm_log_in_add_a_photo_find_a_member_and_ask_for_contact() throws Exception {
        browser.get(app.url("/mitglied-werden"));
        type("#join-first-name input", "Nele");
        type("#join-last-name input", "Neumitglied");
        type("#join-email input", "nele.neu@example.org");
        type("#join-organisation input", "Hafen Lernwerkstatt");
        type("#join-password input", PASSWORD);
        type("#join-password-repeat input", PASSWORD);
        browser.findElement(By.cssSelector("#join-consent input")).click();
        browser.findElement(By.id("join-submit")).click();
        waitForText("#join-done", "nele.neu@example.org");

        String link = linkIn(mailTo("nele.neu@example.org", 1), "/konto/bestaetigen");
        browser.get(link);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-registration"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-login-link"))).click();
        screenshot("journey-01-confirmed");

        logIn("nele.neu@example.org", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/start"));
        browser.get(app.url("/profil"));
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("photo-upload")));
        fileInput(upload).sendKeys(photo().toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("photo-remove")));
        type("#field-position input", "Lernbegleiterin");
        // The "photo saved" notification may still cover the bottom of the page.
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                browser.findElement(By.id("save-profile")));
        waitForText("vaadin-notification-card", "Ihr Profil wurde gespeichert");
        screenshot("journey-02-profile-with-photo");

        browser.get(app.url("/mitglieder?suche=sommerfeld"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Rieke Sommerfeld"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("contact-request-button"))).click();
        type("#contact-who textarea", "Ich bin Nele, neu im Netzwerk und begleite Lernende in der Hafen Lernwerkstatt.");
        type("#contact-why textarea", "Sie beraten zu Neuorientierung – das interessiert mich sehr.");
        type("#contact-next textarea", "Hätten Sie nächste Woche Zeit für ein kurzes Telefonat?");
        screenshot("journey-03-first-contact");
        browser.findElement(By.id("send-contact-request")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contact-state")));
        screenshot("journey-04-request-sent");

        MimeMessage request = mailTo("rieke.sommerfeld@example.org", 1);
        assertThat(GreenMailUtil.getBody(request)).contains("Nele Neumitglied").doesNotContain("nele.neu@example.org");
    }

    private static SearchContext fileInputRoot(WebElement upload) {
        return upload.getShadowRoot();
    }

    private static WebElement fileInput(WebElement upload) {
        var inLight = upload.findElements(By.cssSelector("input[type=file]"));
        return inLight.isEmpty() ? fileInputRoot(upload).findElement(By.cssSelector("input[type=file]")) : inLight.getFirst();
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
        throw new AssertionError("No mail to " + recipient + " within 30 s");
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

    private static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(900, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(246, 243, 238));
        graphics.fillRect(0, 0, 900, 900);
        graphics.setColor(new Color(29, 90, 115));
        graphics.fillOval(150, 100, 600, 700);
        graphics.dispose();
        Path file = Files.createTempFile("nele", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    private void logIn(String email, String password) {
        browser.get(app.url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
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
