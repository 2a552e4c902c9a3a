package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packaged application in real headless Chromium: start page, login as the demo admin,
 * navigation, language switch, logout, and the answers to a wrong password, a garbage address and
 * an admin page opened by a member. Screenshots go to target/screenshots.
 */
class BrowserSmokeIT {

    private static final String DEMO_PASSWORD = "ddn-demo-passwort";

    private static PackagedApp app;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Path jar = Path.of(System.getProperty("app.jar", "target/ddn-network-0.1.0-SNAPSHOT.jar"));
        app = PackagedApp.start(jar, Files.createTempDirectory("ddn-browser-data"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void admin_logs_in_sees_navigation_switches_language_and_logs_out() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(app.url("/"));
        waitForText("h1", "Gemeinsam Arbeit und Lernen von morgen gestalten");
        screenshot("01-start-page");

        browser.findElement(By.id("login-link")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        logIn("admin@ddn-hamburg.de", DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/start"));
        waitForText("#greeting", "Willkommen, Katrin Albers");
        assertThat(browser.findElement(By.id("nav-administration")).getText()).contains("Verwaltung");
        screenshot("02-member-start-admin");

        browser.findElement(By.id("nav-administration")).click();
        wait.until(ExpectedConditions.urlContains("/verwaltung"));
        waitForText("h2", "Sicherheitsprotokoll");
        screenshot("03-administration");

        browser.findElement(By.id("outbox-link")).click();
        waitForText("h1", "Postausgang");
        assertThat(browser.findElement(By.id("outbox-log-only")).getText()).contains("kein SMTP-Server");
        screenshot("03b-outbox");
        browser.findElement(By.id("administration-link")).click();
        waitForText("h2", "Sicherheitsprotokoll");

        browser.findElement(By.id("language-en")).click();
        waitForText("h1", "Administration");
        screenshot("04-administration-english");

        browser.findElement(By.id("user-menu")).click();
        WebElement logout = wait.until(ExpectedConditions.elementToBeClickable(By.id("logout")));
        logout.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
        waitForText("h1", "Shaping tomorrow's work and learning together");
        screenshot("05-logged-out-english");

        browser.get(app.url("/start"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void wrong_password_garbage_address_and_admin_page_for_a_member_get_clear_answers() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(app.url("/login"));
        logIn("rieke.sommerfeld@example.org", "falsches-passwort-123");
        waitForText("vaadin-login-form", "Anmeldung fehlgeschlagen");
        screenshot("06-wrong-password");

        browser.get(app.url("/diese/seite/gibt/es/nicht"));
        waitForText("h1", "Seite nicht gefunden");
        screenshot("07-not-found");

        browser.get(app.url("/login"));
        logIn("rieke.sommerfeld@example.org", DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/start"));
        assertThat(browser.findElements(By.id("nav-administration"))).isEmpty();
        browser.get(app.url("/verwaltung"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
        String heading = browser.findElement(By.cssSelector("h1")).getText();
        assertThat(heading).isIn("Kein Zugriff", "Seite nicht gefunden");
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("Sicherheitsprotokoll");
        screenshot("08-member-opens-administration");
    }

    @Test
    void a_guest_applies_for_membership_and_finds_the_password_reset() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(app.url("/"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("hero-join"))).click();
        wait.until(ExpectedConditions.urlContains("/mitglied-werden"));
        type("#join-first-name input", "Greta");
        type("#join-last-name input", "Gast");
        type("#join-email input", "greta.gast@example.org");
        type("#join-password input", "ein langes Beitrittspasswort");
        type("#join-password-repeat input", "ein langes Beitrittspasswort");
        browser.findElement(By.cssSelector("#join-consent input")).click();
        screenshot("09-join-form");
        browser.findElement(By.id("join-submit")).click();
        waitForText("#join-done", "greta.gast@example.org");
        screenshot("10-join-done");

        browser.get(app.url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form vaadin-button[slot='forgot-password']"))).click();
        wait.until(ExpectedConditions.urlContains("/passwort-vergessen"));
        waitForText("h1", "Passwort vergessen");
    }

    private void type(String css, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text);
    }

    private void logIn(String email, String password) {
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        username.sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
    }

    private void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    private void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), new File(Chromium.screenshotDir(), name + ".png").toPath(),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
