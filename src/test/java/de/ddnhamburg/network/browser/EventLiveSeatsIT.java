package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * On the shared app ({@link SharedApp}), so the count is taken as found: one seat fewer after.
 */
class EventLiveSeatsIT {

    private static final String DEMO_PASSWORD = "ddn-demo-passwort";
    /**
     * A member of the demo group "Wiedereinstieg & Back in Job", to whose members the event is open,
     * whom no other browser test on the shared app registers for an event.
     */
    private static final String REGISTERING_MEMBER = "anja.wulff@example.org";

    private static final Pattern FREE = Pattern.compile("(\\d+) von 40 frei");

    // JUnit closes it after all tests, and leaves it alone if the start failed before assigning it.
    @AutoClose
    private static BrowserJourney journey;

    private static ChromeDriver watching;

    private static ChromeDriver registering;

    @BeforeAll
    static void start() throws Exception {
        journey = BrowserJourney.start();
        watching = journey.browser();
        registering = journey.anotherBrowser();
    }

    @Test
    void a_registration_in_one_browser_shows_in_the_other_without_reload() {
        String eventUrl = openDemoEvent(watching, "admin@ddn-hamburg.de");
        WebDriverWait watch = new WebDriverWait(watching, Duration.ofSeconds(30), Duration.ofMillis(50));
        // Other tests on the shared app may have taken seats already: one fewer than now, then.
        Matcher free = watch.until(driver -> {
            Matcher found = FREE.matcher(
                    watching.findElement(By.id("event-seat-offers")).getText());
            return found.find() ? found : null;
        });
        int before = Integer.parseInt(free.group(1));
        assertThat(before).as("free seats before").isPositive();
        // A reload, or a navigation that rebuilds the page, would lose both marks.
        watching.executeScript("window.ddnNoReload = 'still here';"
                + " document.getElementById('event-seat-offers').ddnNoReload = 'same element';");

        logIn(registering, REGISTERING_MEMBER);
        registering.get(eventUrl);
        new WebDriverWait(registering, Duration.ofSeconds(30), Duration.ofMillis(50))
                .until(ExpectedConditions.elementToBeClickable(By.id("event-register-online")))
                .click();
        new WebDriverWait(registering, Duration.ofSeconds(30), Duration.ofMillis(50))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("event-my-status")));

        watch.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("event-seat-offers"), (before - 1) + " von 40 frei"));
        assertThat(watching.executeScript("return window.ddnNoReload;")).isEqualTo("still here");
        assertThat(watching.executeScript("return document.getElementById('event-seat-offers').ddnNoReload;"))
                .isEqualTo("same element");
        assertThat(watching.getCurrentUrl()).isEqualTo(eventUrl);
    }

    private static String openDemoEvent(ChromeDriver browser, String email) {
        logIn(browser, email);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50));
        browser.get(journey.app().url("/veranstaltungen"));
        WebElement link = wait.until(
                ExpectedConditions.elementToBeClickable(By.linkText("Back in Job: Netzwerken für den Wiedereinstieg")));
        // The calendar may put the link at the bottom edge, under the page's footer: scroll first, as a user would.
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("event-seat-offers")));
        return browser.getCurrentUrl();
    }

    private static void logIn(ChromeDriver browser, String email) {
        journey.logIn(browser, email, DEMO_PASSWORD);
    }
}
