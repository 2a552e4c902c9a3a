package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser journey through the packaged app: a headless Chromium with its wait, on an app that
 * the browser ITs share ({@link SharedApp}) with its GreenMail SMTP server. The browser ITs use this
 * so that each of them only says what its user does; closing it quits its browsers and leaves the
 * app running for the next IT. A journey may open more browsers on the same app
 * ({@link #anotherBrowser()}) and write to the app's database ({@link #database()}).
 */
final class BrowserJourney implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /**
     * Resolves true once the page has settled: loaded, Vaadin with no request under way and no
     * finite animation or transition running (a dialog fading in, a drawer sliding away), for two
     * animation frames in a row, so that a request that a frame's rendering starts is seen too.
     * Spinners run for ever and do not count. Resolves false after two seconds, for the caller's
     * wait to ask again. Waiting in the page for exactly that replaced a fixed pause after every
     * page and click, which was most of the time the accessibility sweep spent opening pages.
     */
    static final String SETTLED = """
            const done = arguments[arguments.length - 1];
            const idle = () => {
                if (document.readyState !== 'complete' || !window.Vaadin || !window.Vaadin.Flow
                        || !window.Vaadin.Flow.clients) { return false; }
                const clients = Object.values(window.Vaadin.Flow.clients);
                return clients.length > 0 && clients.every(c => !c.isActive || !c.isActive());
            };
            // The document's animations leave out those in shadow roots (a dialog's overlay part).
            const roots = () => {
                const found = [document];
                for (let i = 0; i < found.length; i++) {
                    found[i].querySelectorAll('*').forEach(e => { if (e.shadowRoot) { found.push(e.shadowRoot); } });
                }
                return found;
            };
            const moving = () => roots().some(root => root.getAnimations().some(a => a.playState === 'running'
                    && a.effect && Number.isFinite(a.effect.getComputedTiming().endTime)));
            const start = performance.now();
            let calm = 0;
            const step = () => {
                calm = idle() && !moving() ? calm + 1 : 0;
                if (calm >= 2) { done(true); return; }
                if (performance.now() - start > 2000) { done(false); return; }
                requestAnimationFrame(step);
            };
            requestAnimationFrame(step);
            """;

    private final SharedApp shared;
    private final Set<String> mailsBefore;
    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final List<ChromeDriver> otherBrowsers = new ArrayList<>();

    private BrowserJourney(SharedApp shared, ChromeDriver browser) {
        this.shared = shared;
        this.mailsBefore = shared.mailsSoFar();
        this.browser = browser;
        // Polled every 50 ms: the default half second adds a quarter of a second to every wait.
        this.wait = new WebDriverWait(browser, WAIT, Duration.ofMillis(50));
    }

    /** A browser on the shared app with the demo data ({@link SharedApp#DEMO}). */
    static BrowserJourney start() throws Exception {
        return start(SharedApp.DEMO);
    }

    /** A browser on the shared app of that name, started first if no IT has used it yet. */
    static BrowserJourney start(String sharedApp) throws Exception {
        SharedApp shared = SharedApp.get(sharedApp);
        return new BrowserJourney(shared, Chromium.start());
    }

    ChromeDriver browser() {
        return browser;
    }

    PackagedApp app() {
        return shared.app();
    }

    /** A connection to the app's database, for rows that no page of this journey builds. */
    Connection database() throws SQLException {
        return shared.database();
    }

    /** One more browser on the same app (an office beside the door, say); it closes with the journey. */
    ChromeDriver anotherBrowser() {
        ChromeDriver other = Chromium.start();
        otherBrowsers.add(other);
        return other;
    }

    /** Quits one of the journey's other browsers before the journey ends. */
    void quit(ChromeDriver other) {
        otherBrowsers.remove(other);
        other.quit();
    }

    /** Logs that browser in and waits for its member start page; its wait comes back for the next steps. */
    WebDriverWait logIn(ChromeDriver other, String email, String password) {
        WebDriverWait otherWait = new WebDriverWait(other, WAIT, Duration.ofMillis(50));
        other.get(app().url("/login"));
        fillLoginForm(other, otherWait, email, password);
        otherWait.until(ExpectedConditions.urlContains("/start"));
        return otherWait;
    }

    /** A browser of the journey, logged in as that user, with a wait that polls every 50 ms. */
    WebDriverWait loggedIn(ChromeDriver other, String email, String password) {
        WebDriverWait otherWait = new WebDriverWait(other, WAIT, Duration.ofMillis(50));
        open(other, otherWait, "/login");
        fillLoginForm(other, otherWait, email, password);
        otherWait.until(ExpectedConditions.urlContains("/start"));
        return otherWait;
    }

    /** Opens a path of the app in that browser and waits until the page has settled ({@link #settle}). */
    void open(ChromeDriver other, WebDriverWait otherWait, String path) {
        other.get(app().url(path));
        settle(other, otherWait);
    }

    /** Waits until the page has settled ({@link #SETTLED}): Vaadin idle, nothing moving. */
    static void settle(ChromeDriver browser, WebDriverWait wait) {
        wait.until(driver -> Boolean.TRUE.equals(browser.executeAsyncScript(SETTLED)));
    }

    /** The path of the first link on the open page whose path matches, e.g. {@code "veranstaltungen/\\d+"}. */
    static String firstLink(ChromeDriver browser, String hrefPattern) {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>)
                browser.executeScript("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);");
        Pattern pattern = Pattern.compile("/(" + hrefPattern + ")(?:[?#].*)?$");
        for (String href : Objects.requireNonNull(hrefs)) {
            Matcher matcher = pattern.matcher(href);
            if (matcher.find()) {
                return "/" + matcher.group(1);
            }
        }
        throw new AssertionError("No link matching " + hrefPattern + " on " + browser.getCurrentUrl());
    }

    /** Opens a path of the app, e.g. {@code "/login"}. */
    void open(String path) {
        browser.get(app().url(path));
    }

    <T> T until(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    void type(String css, String text) {
        until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text);
    }

    void waitForText(String css, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /**
     * Waits until any open notification shows the text. Several notifications may be open at once
     * (a photo saved just before the profile), and the first card found need not be the one awaited.
     */
    void waitForNotice(String text) {
        until(driver -> driver.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> textOf(card).contains(text)));
    }

    private static String textOf(WebElement element) {
        try {
            return element.getText();
        } catch (StaleElementReferenceException closedMeanwhile) {
            return "";
        }
    }

    /**
     * How far the member area's page is scrolled, in pixels: {@code vaadin-app-layout} scrolls its
     * content part, not the window; -1 on a page without that layout.
     */
    long contentScrollTop() {
        Object top = browser.executeScript("""
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector("[part~='content']");
                return content ? Math.round(content.scrollTop) : -1;""");
        return ((Number) Objects.requireNonNull(top)).longValue();
    }

    /** Clicks like a user who first scrolls the element into view; a notification may cover the page's bottom. */
    void press(By locator) {
        WebElement element = until(ExpectedConditions.elementToBeClickable(locator));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /** Opens the login page, logs in and waits for the member start page. */
    void logIn(String email, String password) {
        open("/login");
        fillLoginForm(browser, wait, email, password);
        until(ExpectedConditions.urlContains("/start"));
    }

    /** Fills and sends the login form already on the page; for failed logins and those reached by a link. */
    void fillLoginForm(String email, String password) {
        fillLoginForm(browser, wait, email, password);
    }

    /** The same for any browser, so that tests with more than one browser log in alike. */
    static void fillLoginForm(ChromeDriver browser, WebDriverWait wait, String email, String password) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password);
        browser.findElement(By.cssSelector(
                        "vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
    }

    /** Saves the current page to the screenshot directory as {@code name.png}. */
    void screenshot(String name) throws IOException {
        screenshot(browser, name);
    }

    /** The same for another browser of the journey. */
    static void screenshot(ChromeDriver browser, String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(
                shot.toPath(),
                new File(Chromium.screenshotDir(), name + ".png").toPath(),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** The same, for callers that cannot pass an {@link IOException} on (lambdas, helpers of a sweep). */
    static void screenshotOrFail(ChromeDriver browser, String name) {
        try {
            screenshot(browser, name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The {@code expected}-th mail to the recipient (1 = the first) since this journey started; mails
     * that other ITs caused before do not count. The outbox sends asynchronously, so this polls the
     * SMTP server until that mail is there or 30 s have passed.
     */
    MimeMessage mailTo(String recipient, int expected) throws InterruptedException {
        return shared.mailTo(recipient, expected, mailsBefore);
    }

    /** The first link in the mail whose address contains {@code path}; fails if there is none. */
    static String linkIn(MimeMessage mail, String path) {
        // Undo quoted-printable soft line breaks and escaped '=' so that the link is whole again.
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher matcher = Pattern.compile("https?://[^\\s\"<>]*" + Pattern.quote(path) + "[^\\s\"<>]*")
                .matcher(body);
        assertThat(matcher.find()).as("a link to %s in: %s", path, body).isTrue();
        return matcher.group();
    }

    /** Quits the journey's browsers; the shared app goes on for the next IT. */
    @Override
    public void close() {
        otherBrowsers.forEach(ChromeDriver::quit);
        browser.quit();
    }
}
