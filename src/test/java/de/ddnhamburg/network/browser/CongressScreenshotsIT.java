package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo Fachkongress in real headless Chromium: the public programme on a desktop (rooms side by
 * side) and on a 375 px phone (an agenda), a session page, the registration wizard, a member's
 * "Meine Anmeldung" and the full workshop's "Wer ist noch dabei" (desktop and phone), and the admin
 * editor. The screenshots go to target/screenshots, to be looked at; no page may scroll sideways on
 * the phone.
 */
class CongressScreenshotsIT {

    private static final String DEMO_PASSWORD = "ddn-demo-passwort";
    private static final String FULL_WORKSHOP = "Netzwerken für Introvertierte: in kleinen Schritten zum Kontakt";

    @AutoClose
    private static BrowserJourney journey;

    @BeforeAll
    static void start() throws Exception {
        journey = BrowserJourney.start();
    }

    @Test
    void the_public_programme_on_a_desktop_and_a_phone_and_the_admin_editor() throws IOException {
        ChromeDriver browser = journey.browser();
        browser.manage().window().setSize(new Dimension(1280, 2600));
        journey.open("/");
        journey.waitForText("#home-congress", "Lernen und Arbeiten im 21. Jahrhundert");
        journey.screenshot("congress-01-start-page");
        journey.press(By.id("home-congress-link"));
        journey.waitForText("#congress-title", "Lernen und Arbeiten im 21. Jahrhundert");
        journey.waitForText("#congress-programme", "Netzwerken für Introvertierte");
        assertThat(browser.findElement(By.id("congress-register")).getText()).isEqualTo("Jetzt anmelden");
        String page = browser.getCurrentUrl();
        journey.screenshot("congress-02-programme-desktop");

        browser.manage().window().setSize(new Dimension(375, 5200));
        browser.navigate().refresh();
        journey.waitForText("#congress-programme", "Netzwerken für Introvertierte");
        journey.screenshot("congress-03-programme-375px");

        browser.manage().window().setSize(new Dimension(1280, 1600));
        browser.findElement(By.cssSelector(".congress-session-title")).click();
        journey.until(ExpectedConditions.urlContains("/sitzung/"));
        journey.waitForText("#congress-session-title", "Lernen und Arbeiten");
        journey.screenshot("congress-04-session");

        // The wizard as a guest: the first step and the sessions, with the full workshop's waiting list.
        journey.open(path(page) + "/anmelden");
        journey.waitForText("#wizard-step-counter", "Schritt 1 von 5");
        journey.screenshot("congress-05-wizard-desktop");
        journey.type("#wizard-first-name input", "Greta");
        journey.type("#wizard-last-name input", "Gast");
        journey.type("#wizard-email input", "greta.gast@example.org" + Keys.TAB);
        journey.press(By.id("wizard-next"));
        journey.waitForText("#wizard-step-counter", "Schritt 2 von 5");
        journey.press(By.cssSelector("#wizard-category vaadin-radio-button"));
        journey.press(By.id("wizard-next"));
        journey.waitForText("#wizard-step-counter", "Schritt 3 von 6");
        journey.press(By.xpath("//vaadin-radio-button[contains(., 'Netzwerken für Introvertierte')]"));
        // Position 4 after the three demo registrations waiting; more where guests of the accessibility
        // sweep, on the same shared app, joined the list before.
        journey.until(ExpectedConditions.textMatches(
                By.cssSelector("[id^='wizard-waiting-']:not([hidden])"),
                Pattern.compile("Warteliste an Position ([4-9]|\\d\\d)")));
        journey.screenshot("congress-06-wizard-sessions-desktop");
        browser.manage().window().setSize(new Dimension(375, 1400));
        journey.screenshot("congress-07-wizard-sessions-375px");
        assertNoSidewaysScrolling("the wizard");

        // A member: "Meine Anmeldung" and who else is in the full workshop.
        browser.manage().window().setSize(new Dimension(1280, 1600));
        journey.logIn("rieke.sommerfeld@example.org", DEMO_PASSWORD);
        journey.open("/kongress/meine-anmeldung");
        journey.waitForText("#mine-sessions", FULL_WORKSHOP);
        journey.screenshot("congress-08-my-registration-desktop");
        browser.manage().window().setSize(new Dimension(375, 2400));
        journey.screenshot("congress-09-my-registration-375px");
        assertNoSidewaysScrolling("Meine Anmeldung");
        browser.manage().window().setSize(new Dimension(1280, 1600));
        journey.open(path(page));
        journey.press(By.linkText(FULL_WORKSHOP));
        journey.waitForText("#congress-session-participants", "Gemeinsame Themen");
        scrollTo("congress-session-participants");
        journey.screenshot("congress-10-who-else-desktop");
        browser.manage().window().setSize(new Dimension(375, 900));
        scrollTo("congress-session-participants");
        journey.screenshot("congress-11-who-else-375px");
        assertNoSidewaysScrolling("the session page");
        browser.manage().deleteAllCookies();

        browser.manage().window().setSize(new Dimension(1280, 1600));
        journey.logIn("admin@ddn-hamburg.de", DEMO_PASSWORD);
        String id = page.substring(page.lastIndexOf('/') + 1);
        journey.open("/verwaltung/kongress/" + id);
        journey.waitForText("#congress-editor-title", "Lernen und Arbeiten");
        journey.screenshot("congress-12-editor-edition");
        journey.press(By.xpath("//vaadin-tab[contains(., 'Sitzungen')]"));
        journey.until(ExpectedConditions.presenceOfElementLocated(By.id("congress-session-grid")));
        journey.screenshot("congress-13-editor-sessions");
        journey.press(By.xpath("//vaadin-tab[contains(., 'Ticketkategorien')]"));
        journey.until(ExpectedConditions.presenceOfElementLocated(By.id("congress-category-grid")));
        journey.screenshot("congress-14-editor-categories");
        journey.open("/verwaltung/kongress");
        journey.until(ExpectedConditions.presenceOfElementLocated(By.id("congress-grid")));
        journey.screenshot("congress-15-admin-list");
        browser.manage().window().setSize(new Dimension(375, 1400));
        journey.open("/verwaltung/kongress/" + id);
        journey.waitForText("#congress-editor-title", "Lernen und Arbeiten");
        journey.press(By.xpath("//vaadin-tab[contains(., 'Sitzungen')]"));
        journey.until(ExpectedConditions.presenceOfElementLocated(By.id("congress-session-grid")));
        journey.screenshot("congress-16-editor-sessions-375px");
        assertNoSidewaysScrolling("the editor");
    }

    private static String path(String url) {
        return java.net.URI.create(url).getPath();
    }

    private static void scrollTo(String id) {
        journey.browser().executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
    }

    /** The public pages scroll the document; the member area scrolls AppLayout's content part. */
    private static void assertNoSidewaysScrolling(String what) {
        Object overflow = journey.browser().executeScript("""
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot
                        ? layout.shadowRoot.querySelector('[part=content]') : null;
                const page = document.documentElement;
                return Math.max(page.scrollWidth - page.clientWidth,
                        content ? content.scrollWidth - content.clientWidth : 0);""");
        assertThat(((Number) overflow).intValue())
                .as("%s scrolls sideways at 375 px", what)
                .isLessThanOrEqualTo(0);
    }
}
