package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An expert group in the packaged app with the demo data and a real SMTP server: a member asks to
 * join a group that takes members on request, its moderator gets a mail and approves, the member
 * posts (with a link), and the moderator pins the post.
 */
class GroupJourneyIT {

    private static final String PASSWORD = "ddn-demo-passwort";
    private static final String GROUP = "Vereinbarkeit von Familie und Beruf";
    // A demo member outside the group whom no other browser IT uses: other journeys sign Claudia in.
    private static final String MEMBER = "thomas.wagner@example.org";
    private static final String MODERATOR = "christina.voss@example.org";
    private static final String TITLE = "Coaching für Eltern in Führung";

    // JUnit closes it after all tests, and leaves it alone if the start failed before assigning it.
    @AutoClose
    private static BrowserJourney journey;

    @BeforeAll
    static void start() throws Exception {
        journey = BrowserJourney.start();
    }

    @Test
    void request_to_join_moderator_approves_member_posts_moderator_pins() throws Exception {
        ChromeDriver browser = journey.browser();
        journey.logIn(MEMBER, PASSWORD);
        journey.open("/fachgruppen");
        WebElement groupLink = journey.until(ExpectedConditions.elementToBeClickable(By.linkText(GROUP)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", groupLink);
        assertThat(journey.contentScrollTop()).as("the group list is scrolled").isPositive();
        journey.press(By.linkText(GROUP));
        // The group page starts at the top, not at the offset the list was scrolled to (which
        // once left the request button outside Selenium's view of the page).
        journey.until(ExpectedConditions.presenceOfElementLocated(By.id("request-join")));
        assertThat(journey.contentScrollTop()).isZero();
        journey.press(By.id("request-join"));
        journey.waitForText("#group-state-hint", "wartet");
        String groupPage = browser.getCurrentUrl();
        journey.screenshot("group-01-request-sent");

        MimeMessage request = journey.mailTo(MODERATOR, 1);
        assertThat(GreenMailUtil.getBody(request)).contains("Thomas Wagner").contains(GROUP.substring(0, 12));

        switchTo(MODERATOR);
        browser.get(groupPage);
        journey.press(By.cssSelector("#group-requests vaadin-button[id^='approve-']"));
        journey.waitForText("#group-members", "Thomas Wagner");
        journey.screenshot("group-02-approved");

        switchTo(MEMBER);
        browser.get(groupPage);
        journey.type("#new-post-title input", TITLE);
        journey.type(
                "#new-post-text textarea",
                "Wer kennt gute Angebote? Ein Beispiel: https://example.org/eltern-in-fuehrung");
        journey.press(By.id("new-post-submit"));
        WebElement post = journey.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(postWithTitle())));
        WebElement link = post.findElement(By.cssSelector("a.group-post-link"));
        assertThat(link.getAttribute("href")).isEqualTo("https://example.org/eltern-in-fuehrung");
        assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        journey.screenshot("group-03-posted");

        switchTo(MODERATOR);
        browser.get(groupPage);
        journey.press(By.xpath(postWithTitle() + "//vaadin-button[starts-with(@id, 'pin-post-')]"));
        journey.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(postWithTitle()), "Angeheftet"));
        // Pinned posts come first.
        WebElement first = browser.findElement(By.cssSelector("#post-list > div.group-post"));
        assertThat(first.getText()).contains(TITLE);
        journey.screenshot("group-04-pinned");
    }

    private static String postWithTitle() {
        return "//div[contains(concat(' ', @class, ' '), ' group-post ')][.//h3[text()='" + TITLE + "']]";
    }

    /** A fresh session for another demo account, as on a second computer. */
    private static void switchTo(String email) {
        journey.browser().manage().deleteAllCookies();
        journey.logIn(email, PASSWORD);
    }
}
