package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The packaged application in real headless Chromium: start page, login as the demo admin,
 * navigation, language switch, logout, and the answers to a wrong password, a garbage address and
 * an admin page opened by a member. Screenshots go to target/screenshots. Runs on the shared app
 * ({@link SharedApp}): the admin's language is switched back to German at the end.
 */
class BrowserSmokeIT {

    private static final String DEMO_PASSWORD = "ddn-demo-passwort";

    // JUnit closes it after all tests, and leaves it alone if the start failed before assigning it.
    @AutoClose
    private static BrowserJourney journey;

    @BeforeAll
    static void start() throws Exception {
        journey = BrowserJourney.start();
    }

    @Test
    void admin_logs_in_sees_navigation_switches_language_and_logs_out() throws IOException {
        ChromeDriver browser = journey.browser();
        browser.manage().deleteAllCookies();
        journey.open("/");
        journey.waitForText("h1", "Gemeinsam Arbeit und Lernen von morgen gestalten");
        journey.screenshot("01-start-page");

        browser.findElement(By.id("login-link")).click();
        journey.until(ExpectedConditions.urlContains("/login"));
        journey.fillLoginForm("admin@ddn-hamburg.de", DEMO_PASSWORD);
        journey.until(ExpectedConditions.urlContains("/start"));
        journey.waitForText("#greeting", "Willkommen, Katrin Albers");
        assertThat(browser.findElement(By.id("nav-administration")).getText()).contains("Verwaltung");
        journey.screenshot("02-member-start-admin");

        // The entries' icons, labels and counts are drawn in the browser: a click is still taken by
        // Flow's router (no page load, so the marker survives) and the highlight follows the address.
        browser.executeScript("window.ddnSamePage = true;");
        assertThat(browser.findElement(By.id("nav-start")).getDomProperty("current"))
                .isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("#nav-start vaadin-icon[icon='vaadin:home']")))
                .hasSize(1);
        // ...with its shape, which needs Vaadin's icon set in the page: the start page has no other
        // icon that would bring it.
        journey.until(driver -> Boolean.TRUE.equals(
                browser.executeScript("const icon = document.querySelector('#nav-start vaadin-icon');"
                        + " return !!icon && !!icon.shadowRoot"
                        + " && icon.shadowRoot.querySelector('#svg-group path') !== null;")));
        browser.findElement(By.id("nav-administration")).click();
        journey.until(ExpectedConditions.urlContains("/verwaltung"));
        journey.waitForText("h2", "Sicherheitsprotokoll");
        assertThat(browser.executeScript("return window.ddnSamePage === true;")).isEqualTo(true);
        journey.until(driver ->
                "true".equals(driver.findElement(By.id("nav-administration")).getDomProperty("current")));
        assertThat(browser.findElement(By.id("nav-start")).getDomProperty("current"))
                .isEqualTo("false");
        journey.screenshot("03-administration");

        browser.findElement(By.id("outbox-link")).click();
        journey.waitForText("h1", "Postausgang");
        // The shared app sends to an SMTP server, so the outbox does not say that mail is only logged
        // (OutboxViewTest checks the note for an app without one).
        journey.until(ExpectedConditions.presenceOfElementLocated(By.id("outbox-filter")));
        assertThat(browser.findElements(By.id("outbox-log-only"))).isEmpty();
        journey.screenshot("03b-outbox");
        browser.findElement(By.id("administration-link")).click();
        journey.waitForText("h2", "Sicherheitsprotokoll");

        assertThat(browser.executeScript("return document.documentElement.lang;"))
                .isEqualTo("de");
        browser.findElement(By.id("language-en")).click();
        journey.waitForText("h1", "Administration");
        // Screen readers choose their voice by it.
        journey.until(driver -> "en".equals(browser.executeScript("return document.documentElement.lang;")));
        journey.screenshot("04-administration-english");
        // The page is built anew in English, the navigation's browser-drawn labels too.
        assertThat(browser.findElement(By.id("nav-members")).getText()).contains("Members");
        assertThat(browser.findElement(By.id("footer-imprint")).getText()).isEqualTo("Legal notice");

        // The user menu's entries are made in the browser; choosing one runs it on the server.
        browser.executeScript("window.ddnSamePage = true;");
        browser.findElement(By.id("user-menu")).click();
        journey.until(ExpectedConditions.elementToBeClickable(By.id("account"))).click();
        journey.until(ExpectedConditions.urlContains("/konto"));
        assertThat(browser.executeScript("return window.ddnSamePage === true;")).isEqualTo(true);

        browser.findElement(By.id("user-menu")).click();
        WebElement logout = journey.until(ExpectedConditions.elementToBeClickable(By.id("logout")));
        logout.click();
        journey.until(ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
        journey.waitForText("h1", "Shaping tomorrow's work and learning together");
        journey.screenshot("05-logged-out-english");

        journey.open("/start");
        journey.until(ExpectedConditions.urlContains("/login"));

        // The choice is the admin's own: logged in again, without the language cookie, the admin gets
        // English. Switching back leaves the demo admin in German for the browser tests after this one.
        browser.manage().deleteAllCookies();
        journey.logIn("admin@ddn-hamburg.de", DEMO_PASSWORD);
        journey.until(driver -> "en".equals(browser.executeScript("return document.documentElement.lang;")));
        journey.until(ExpectedConditions.elementToBeClickable(By.id("language-de")))
                .click();
        journey.until(driver -> "de".equals(browser.executeScript("return document.documentElement.lang;")));
    }

    @Test
    void wrong_password_garbage_address_and_admin_page_for_a_member_get_clear_answers() throws IOException {
        ChromeDriver browser = journey.browser();
        browser.manage().deleteAllCookies();
        journey.open("/login");
        journey.fillLoginForm("rieke.sommerfeld@example.org", "falsches-passwort-123");
        journey.waitForText("vaadin-login-form", "Anmeldung fehlgeschlagen");
        journey.screenshot("06-wrong-password");

        journey.open("/diese/seite/gibt/es/nicht");
        journey.waitForText("h1", "Seite nicht gefunden");
        journey.screenshot("07-not-found");

        journey.logIn("rieke.sommerfeld@example.org", DEMO_PASSWORD);
        assertThat(browser.findElements(By.id("nav-administration"))).isEmpty();
        journey.open("/verwaltung");
        journey.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
        String heading = browser.findElement(By.cssSelector("h1")).getText();
        assertThat(heading).isIn("Kein Zugriff", "Seite nicht gefunden");
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("Sicherheitsprotokoll");
        journey.screenshot("08-member-opens-administration");
    }

    @Test
    void a_guest_applies_for_membership_and_finds_the_password_reset() throws IOException {
        ChromeDriver browser = journey.browser();
        browser.manage().deleteAllCookies();
        journey.open("/");
        journey.until(ExpectedConditions.elementToBeClickable(By.id("hero-join")))
                .click();
        journey.until(ExpectedConditions.urlContains("/mitglied-werden"));
        journey.type("#join-first-name input", "Greta");
        journey.type("#join-last-name input", "Gast");
        journey.type("#join-email input", "greta.gast@example.org");
        journey.type("#join-password input", "ein langes Beitrittspasswort");
        journey.type("#join-password-repeat input", "ein langes Beitrittspasswort");
        browser.findElement(By.cssSelector("#join-consent input")).click();
        journey.screenshot("09-join-form");
        browser.findElement(By.id("join-submit")).click();
        journey.waitForText("#join-done", "greta.gast@example.org");
        journey.screenshot("10-join-done");

        journey.open("/login");
        journey.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("vaadin-login-form vaadin-button[slot='forgot-password']")))
                .click();
        journey.until(ExpectedConditions.urlContains("/passwort-vergessen"));
        journey.waitForText("h1", "Passwort vergessen");
    }
}
