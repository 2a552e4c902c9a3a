package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admins' congress desk with the demo registrations in real headless Chromium: the dashboard
 * (its chart drawn as SVG in the page) and the registrations with one opened. The screenshots go to
 * target/screenshots, to be looked at.
 */
class CongressDeskScreenshotsIT {

    private static final String DEMO_PASSWORD = "ddn-demo-passwort";

    @AutoClose
    private static BrowserJourney journey;

    @BeforeAll
    static void start() throws Exception {
        journey = BrowserJourney.start();
    }

    @Test
    void the_dashboard_and_the_registrations_of_the_demo_congress() throws IOException {
        ChromeDriver browser = journey.browser();
        browser.manage().window().setSize(new Dimension(1400, 2400));
        journey.logIn("admin@ddn-hamburg.de", DEMO_PASSWORD);
        journey.open("/verwaltung/kongress");
        journey.press(By.cssSelector("[id^='congress-dashboard-']"));
        journey.until(ExpectedConditions.urlContains("/uebersicht"));
        journey.waitForText("#dashboard-places-value", "von 300");
        WebElement bars = journey.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dashboard-chart svg rect.bar")));
        assertThat(bars.getAttribute("data-count")).isNotBlank();
        // The chart is real SVG in the page, with a size: not an unknown element of zero height.
        assertThat(browser.findElement(By.cssSelector("#dashboard-chart svg"))
                        .getSize()
                        .getHeight())
                .isGreaterThan(100);
        journey.screenshot("congress-desk-01-dashboard");

        journey.press(By.id("desk-link-registrations"));
        journey.until(ExpectedConditions.urlContains("/anmeldungen"));
        journey.waitForText("#registrations-count", "Anmeldungen");
        journey.press(By.xpath("//vaadin-grid-cell-content[contains(., 'Bestätigt')]"));
        journey.until(ExpectedConditions.presenceOfElementLocated(By.id("registration-history")));
        journey.screenshot("congress-desk-02-registrations");

        browser.manage().window().setSize(new Dimension(390, 2400));
        journey.open("/verwaltung/kongress");
        journey.press(By.cssSelector("[id^='congress-dashboard-']"));
        journey.waitForText("#dashboard-places-value", "von 300");
        journey.screenshot("congress-desk-03-dashboard-phone");
    }
}
