package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A newcomer's journey in the packaged app with a real SMTP server: join, confirm by the link in
 * the mail, log in, add a photo to the profile, find a member and send a first contact request,
 * which reaches that member by mail.
 */
class MemberJourneyIT {

    private static final String PASSWORD = "mein neues Netzwerkpasswort";

    // JUnit closes it after all tests, and leaves it alone if the start failed before assigning it.
    @AutoClose
    private static BrowserJourney journey;

    @BeforeAll
    static void start() throws Exception {
        journey = BrowserJourney.start();
    }

    @Test
    void join_confirm_log_in_add_a_photo_find_a_member_and_ask_for_contact() throws Exception {
        ChromeDriver browser = journey.browser();
        journey.open("/mitglied-werden");
        journey.type("#join-first-name input", "Nele");
        journey.type("#join-last-name input", "Neumitglied");
        journey.type("#join-email input", "nele.neu@example.org");
        journey.type("#join-organisation input", "Hafen Lernwerkstatt");
        journey.type("#join-password input", PASSWORD);
        journey.type("#join-password-repeat input", PASSWORD);
        browser.findElement(By.cssSelector("#join-consent input")).click();
        browser.findElement(By.id("join-submit")).click();
        journey.waitForText("#join-done", "nele.neu@example.org");

        String link = BrowserJourney.linkIn(journey.mailTo("nele.neu@example.org", 1), "/konto/bestaetigen");
        browser.get(link);
        journey.until(ExpectedConditions.elementToBeClickable(By.id("confirm-registration")))
                .click();
        journey.until(ExpectedConditions.elementToBeClickable(By.id("confirm-login-link")))
                .click();
        journey.screenshot("journey-01-confirmed");

        journey.logIn("nele.neu@example.org", PASSWORD);
        journey.open("/profil");
        WebElement upload = journey.until(ExpectedConditions.presenceOfElementLocated(By.id("photo-upload")));
        fileInput(upload).sendKeys(photo().toString());
        journey.until(ExpectedConditions.visibilityOfElementLocated(By.id("photo-remove")));
        journey.type("#field-position input", "Lernbegleiterin");
        // The "photo saved" notification may still cover the bottom of the page.
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                browser.findElement(By.id("save-profile")));
        journey.waitForNotice("Ihr Profil wurde gespeichert");
        journey.screenshot("journey-02-profile-with-photo");

        journey.open("/mitglieder?suche=sommerfeld");
        // Heading and lead are drawn by the browser from one property; the search field's magnifier
        // is made by the browser too, with its shape (Vaadin's icon set loaded).
        journey.waitForText("h1", "Mitglieder");
        journey.until(driver -> Boolean.TRUE.equals(browser.executeScript(
                "const icon = document.querySelector('#directory-search > vaadin-icon[slot=prefix]');"
                        + " return !!icon && !!icon.shadowRoot"
                        + " && icon.shadowRoot.querySelector('#svg-group path') !== null;")));
        // The filter selects draw their options in the browser (ItemsSelect): the one picked there
        // reaches the server, which writes it into the address and keeps the match.
        journey.until(ExpectedConditions.elementToBeClickable(By.id("directory-sort")))
                .click();
        journey.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-select-item[normalize-space()='Neueste zuerst']")))
                .click();
        journey.until(ExpectedConditions.urlContains("sortierung="));
        assertThat(browser.findElement(By.id("directory-sort")).getText()).contains("Neueste zuerst");
        journey.until(ExpectedConditions.elementToBeClickable(By.linkText("Rieke Sommerfeld")))
                .click();
        journey.until(ExpectedConditions.elementToBeClickable(By.id("contact-request-button")))
                .click();
        journey.type(
                "#contact-who textarea",
                "Ich bin Nele, neu im Netzwerk und begleite Lernende in der Hafen Lernwerkstatt.");
        journey.type("#contact-why textarea", "Sie beraten zu Neuorientierung – das interessiert mich sehr.");
        journey.type("#contact-next textarea", "Hätten Sie nächste Woche Zeit für ein kurzes Telefonat?");
        journey.screenshot("journey-03-first-contact");
        browser.findElement(By.id("send-contact-request")).click();
        journey.until(ExpectedConditions.presenceOfElementLocated(By.id("contact-state")));
        journey.screenshot("journey-04-request-sent");

        MimeMessage request = journey.mailTo("rieke.sommerfeld@example.org", 1);
        assertThat(GreenMailUtil.getBody(request)).contains("Nele Neumitglied").doesNotContain("nele.neu@example.org");
    }

    private static SearchContext fileInputRoot(WebElement upload) {
        return upload.getShadowRoot();
    }

    private static WebElement fileInput(WebElement upload) {
        var inLight = upload.findElements(By.cssSelector("input[type=file]"));
        return inLight.isEmpty()
                ? fileInputRoot(upload).findElement(By.cssSelector("input[type=file]"))
                : inLight.getFirst();
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
}
