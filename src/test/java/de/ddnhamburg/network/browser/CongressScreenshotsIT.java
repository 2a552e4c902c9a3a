package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo Fachkongress in real headless Chromium: the public programme on a desktop (rooms side by
 * side) and on a 375 px phone (an agenda), a session page, and the admin editor's sessions. The
 * screenshots go to target/screenshots, to be looked at.
 */
class CongressScreenshotsIT {

    private static final String DEMO_PASSWORD = "ddn-demo-passwort";

    @AutoClose
    private static BrowserJourney journey;

    @BeforeAll
    static void start() throws Exception {
        journey = BrowserJourney.startWithoutMail("ddn-congress-screens");
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

        journey.logIn("admin@ddn-hamburg.de", DEMO_PASSWORD);
        String id = page.substring(page.lastIndexOf('/') + 1);
        journey.open("/verwaltung/kongress/" + id);
        journey.waitForText("#congress-editor-title", "Lernen und Arbeiten");
        journey.screenshot("congress-05-editor-edition");
        browser.findElement(By.xpath("//vaadin-tab[contains(., 'Sitzungen')]")).click();
        journey.until(ExpectedConditions.presenceOfElementLocated(By.id("congress-session-grid")));
        journey.screenshot("congress-06-editor-sessions");
        browser.findElement(By.xpath("//vaadin-tab[contains(., 'Ticketkategorien')]"))
                .click();
        journey.until(ExpectedConditions.presenceOfElementLocated(By.id("congress-category-grid")));
        journey.screenshot("congress-07-editor-categories");
        journey.open("/verwaltung/kongress");
        journey.until(ExpectedConditions.presenceOfElementLocated(By.id("congress-grid")));
        journey.screenshot("congress-08-admin-list");
    }
}
