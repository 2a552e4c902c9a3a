package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Server push through Spring Security and the Content-Security-Policy of the packaged app: two
 * members in two browsers open the same event, one registers, and the other's page shows the seat
 * taken without a reload: marks set on the window and on the seat element before survive the update.
 */
class EventLiveSeatsIT {

    private static final String DEMO_PASSWORD = "ddn-demo-passwort";

    // JUnit closes these after all tests (the browsers by quit) and skips any a failed start left null.
    @AutoClose
    private static PackagedApp app;

    @AutoClose("quit")
    private static ChromeDriver watching;

    @AutoClose("quit")
    private static ChromeDriver registering;

    @BeforeAll
    static void start() throws Exception {
        watching = Chromium.start();
        registering = Chromium.start();
        // Two browsers and no mail, so this test starts its parts itself rather than through BrowserJourney.
        app = PackagedApp.start(PackagedApp.jar(), Files.createTempDirectory("ddn-live-seats-data"));
    }

    @Test
    void a_registration_in_one_browser_shows_in_the_other_without_reload() {
        String eventUrl = openDemoEvent(watching, "admin@ddn-hamburg.de");
        WebDriverWait watch = new WebDriverWait(watching, Duration.ofSeconds(30));
        watch.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-seat-offers"), "40 von 40 frei"));
        // A reload, or a navigation that rebuilds the page, would lose both marks.
        watching.executeScript("window.ddnNoReload = 'still here';"
                + " document.getElementById('event-seat-offers').ddnNoReload = 'same element';");

        logIn(registering, "rieke.sommerfeld@example.org");
        registering.get(eventUrl);
        new WebDriverWait(registering, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.id("event-register-online")))
                .click();
        new WebDriverWait(registering, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("event-my-status")));

        watch.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-seat-offers"), "39 von 40 frei"));
        assertThat(watching.executeScript("return window.ddnNoReload;")).isEqualTo("still here");
        assertThat(watching.executeScript("return document.getElementById('event-seat-offers').ddnNoReload;"))
                .isEqualTo("same element");
        assertThat(watching.getCurrentUrl()).isEqualTo(eventUrl);
    }

    private static String openDemoEvent(ChromeDriver browser, String email) {
        logIn(browser, email);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(app.url("/veranstaltungen"));
        WebElement link = wait.until(
                ExpectedConditions.elementToBeClickable(By.linkText("Back in Job: Netzwerken für den Wiedereinstieg")));
        // The calendar may put the link at the bottom edge, under the page's footer: scroll first, as a user would.
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("event-seat-offers")));
        return browser.getCurrentUrl();
    }

    private static void logIn(ChromeDriver browser, String email) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(app.url("/login"));
        BrowserJourney.fillLoginForm(browser, wait, email, DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/start"));
    }
}
