package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The printing and export page of the demo Fachkongress in real headless Chromium, reached from the
 * congress editor, on a desktop and on a 375 px phone; screenshots to target/screenshots.
 */
class CongressPrintScreensIT {

    private static final String DEMO_PASSWORD = "ddn-demo-passwort";

    @AutoClose
    private static BrowserJourney journey;

    @BeforeAll
    static void start() throws Exception {
        journey = BrowserJourney.start();
    }

    @Test
    void an_admin_opens_printing_and_exports_from_the_editor() throws IOException {
        ChromeDriver browser = journey.browser();
        browser.manage().window().setSize(new Dimension(1280, 2400));
        journey.logIn("admin@ddn-hamburg.de", DEMO_PASSWORD);
        journey.open("/verwaltung/kongress");
        journey.press(By.cssSelector("#congress-grid a"));
        journey.waitForText("#congress-editor-title", "Lernen und Arbeiten");
        journey.press(By.id("congress-print-link"));
        journey.waitForText("#print-title", "Druck und Export");

        assertThat(browser.findElement(By.id("badge-count")).getText()).endsWith("mit dieser Auswahl");
        for (String id : new String[] {"export-door-csv", "export-door-xlsx", "export-catering-csv"}) {
            assertThat(browser.findElement(By.id(id)).getAttribute("href"))
                    .as(id)
                    .isNotBlank();
        }
        journey.screenshot("congress-print-01-desktop");

        browser.manage().window().setSize(new Dimension(375, 4200));
        browser.navigate().refresh();
        journey.waitForText("#print-title", "Druck und Export");
        journey.screenshot("congress-print-02-375px");
    }
}
