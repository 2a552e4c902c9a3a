package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 1.4.10 and 2.4.7 in a real browser: the main pages at 200 % zoom (a 1280 × 900 window
 * zoomed to 200 % is a 640 × 450 CSS-pixel viewport at device scale factor 2, which Chrome's
 * DevTools emulate) neither scroll sideways nor push content past the right edge; every element
 * that Tab reaches shows a focus indicator (an outline or a box shadow that appears with the focus);
 * and closing a dialog puts the focus back on the button that opened it.
 */
class ZoomAndFocusIT {

    private static final String PASSWORD = "ddn-demo-passwort";
    private static final String MEMBER = "rieke.sommerfeld@example.org";
    /** A demo member whom no other browser test on the shared app lets send a contact request. */
    private static final String OTHER_MEMBER = "silke.jansen@example.org";

    private static final String ADMIN = "admin@ddn-hamburg.de";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @AutoClose
    private static BrowserJourney journey;

    @BeforeAll
    static void start() throws Exception {
        journey = BrowserJourney.start();
    }

    // --- 200 % zoom ---

    @Test
    void the_main_pages_fit_at_200_percent_zoom() {
        List<String> problems = new ArrayList<>();
        try (Browser guest = new Browser(null)) {
            guest.zoom200();
            String event = guest.firstLink("/veranstaltungen", "veranstaltungen/\\d+");
            String congress = guest.firstLink("/", "kongress/\\d+");
            for (String path : List.of(
                    "/",
                    "/login",
                    "/mitglied-werden",
                    "/passwort-vergessen",
                    "/veranstaltungen",
                    "/veranstaltungen?ansicht=monat",
                    "/veranstaltungen?ansicht=woche",
                    event,
                    congress,
                    "/impressum",
                    "/datenschutz")) {
                problems.addAll(guest.zoomProblems("guest", path));
            }
        }
        try (Browser member = new Browser(MEMBER)) {
            member.zoom200();
            String profile = member.firstLink("/mitglieder", "mitglieder/\\d+");
            String group = member.firstLink("/fachgruppen", "fachgruppen/\\d+");
            String event = member.firstLink("/veranstaltungen", "veranstaltungen/\\d+");
            for (String path : List.of(
                    "/start",
                    "/mitglieder",
                    profile,
                    "/profil",
                    "/kontakte",
                    "/fachgruppen",
                    group,
                    "/veranstaltungen",
                    "/veranstaltungen?ansicht=monat",
                    event,
                    "/konto",
                    "/kongress/meine-anmeldung")) {
                problems.addAll(member.zoomProblems("member", path));
            }
        }
        try (Browser admin = new Browser(ADMIN)) {
            admin.zoom200();
            for (String path : List.of(
                    "/start",
                    "/verwaltung",
                    "/verwaltung/mitglieder",
                    "/verwaltung/postausgang",
                    "/verwaltung/datenanfragen",
                    "/verwaltung/kongress",
                    "/veranstaltungen/neu")) {
                problems.addAll(admin.zoomProblems("admin", path));
            }
        }
        assertThat(problems)
                .as("pages that scroll sideways or cut content off at 200 % zoom")
                .isEmpty();
    }

    // --- visible focus ---

    @Test
    void every_element_tab_reaches_shows_a_focus_indicator() {
        List<String> problems = new ArrayList<>();
        try (Browser guest = new Browser(null)) {
            problems.addAll(guest.focusProblems("guest", "/login"));
            problems.addAll(guest.focusProblems("guest", "/mitglied-werden"));
            problems.addAll(guest.focusProblems("guest", guest.firstLink("/veranstaltungen", "veranstaltungen/\\d+")));
        }
        try (Browser member = new Browser(MEMBER)) {
            problems.addAll(member.focusProblems("member", "/start"));
            problems.addAll(member.focusProblems("member", "/mitglieder"));
            problems.addAll(member.focusProblems("member", "/profil"));
        }
        assertThat(problems)
                .as("elements that take the focus without showing it")
                .isEmpty();
    }

    // --- focus returns after a dialog ---

    @Test
    void closing_a_dialog_returns_the_focus_to_the_button_that_opened_it() {
        try (Browser member = new Browser(OTHER_MEMBER)) {
            // The contact request, closed with Escape.
            member.open("/mitglieder?suche=Sommerfeld");
            member.click(By.partialLinkText("Sommerfeld"));
            member.tabTo("contact-request-button").press(Keys.ENTER);
            member.wait.until(driver -> member.focusIsIn("contact-request-dialog"));
            member.press(Keys.ESCAPE);
            member.wait.until(driver -> !member.dialogOpen());
            assertThat(member.focusIsIn("contact-request-button"))
                    .as("after Escape the focus is back on 'Kontakt anfragen', found on %s", member.focused())
                    .isTrue();

            // A confirmation (cancelling an event registration), closed with its Cancel button.
            member.open(member.firstLink("/veranstaltungen", "veranstaltungen/\\d+"));
            if (member.browser.findElements(By.id("event-cancel")).isEmpty()) {
                member.click(By.cssSelector("vaadin-button[id^='event-register-']"));
                member.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("event-cancel")));
                member.settle();
            }
            member.tabTo("event-cancel").press(Keys.ENTER);
            member.wait.until(driver -> member.dialogOpen());
            member.press(Keys.ESCAPE);
            member.wait.until(driver -> !member.dialogOpen());
            assertThat(member.focusIsIn("event-cancel"))
                    .as("after closing the confirmation the focus is back on its button, found on %s", member.focused())
                    .isTrue();
        }
    }

    /** One signed-in (or guest) browser at desktop size. */
    private static final class Browser implements AutoCloseable {

        private static final int MOST_TABS = 60;

        // The public pages scroll the document; the member area scrolls AppLayout's content part.
        // Reports sideways scrolling and the innermost visible elements reaching past the right edge
        // of what can be seen (grids scroll in their own box and are left out; so is what a closed
        // drawer hides off-screen).
        private static final String ZOOM_PROBLEMS = """
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot ? layout.shadowRoot.querySelector('[part=content]') : null;
                const page = document.documentElement;
                const problems = [];
                if (page.scrollWidth > window.innerWidth) {
                    problems.push('the page scrolls sideways by ' + (page.scrollWidth - window.innerWidth) + ' px');
                }
                if (content && content.scrollWidth > content.clientWidth) {
                    problems.push('the content scrolls sideways by ' + (content.scrollWidth - content.clientWidth) + ' px');
                }
                const limit = Math.min(window.innerWidth, page.clientWidth);
                const past = Array.from(document.querySelectorAll(
                        '#main-content *, .main-footer *, header *, vaadin-app-layout > [slot=navbar] *')).filter(e => {
                    const r = e.getBoundingClientRect();
                    const style = getComputedStyle(e);
                    return r.width > 0 && r.height > 0 && r.right > limit + 1 && r.left < limit
                            && style.visibility !== 'hidden' && !e.closest('vaadin-grid');
                });
                past.filter(e => !past.some(o => o !== e && e.contains(o))).slice(0, 3).forEach(e =>
                        problems.push(e.localName + (e.id ? '#' + e.id : '') + ' reaches to '
                                + Math.round(e.getBoundingClientRect().right) + ' px of ' + limit));
                return problems;""";

        // The focused element inside shadow roots, and the component (outermost shadow host) it belongs to.
        private static final String FOCUSED = """
                let active = document.activeElement;
                while (active && active.shadowRoot && active.shadowRoot.activeElement) {
                    active = active.shadowRoot.activeElement;
                }
                return active;""";

        // What a Tab stop shows, in one call after each Tab (eight calls each took as long as the
        // Tabs themselves): the element that has the focus now ("none"; "seen" if an earlier Tab
        // of this page reached it, kept in the page; "body"), described, and its ring with the
        // focus and once blurred, after which it gets the focus back. The ring: outline and box
        // shadow of the focused element and its ancestors up to the component it belongs to (the
        // first custom element in the page's own DOM: a text field's input is a child of
        // vaadin-text-field, which draws the ring in its shadow root), everything in their shadow
        // roots, and their ::before and ::after: whatever Lumo or our style sheet draws a focus
        // ring on.
        private static final String TAB_STOP = """
                let focused = document.activeElement;
                while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                    focused = focused.shadowRoot.activeElement;
                }
                if (!focused) { return {stop: 'none'}; }
                const seen = window.ddnFocusSeen || (window.ddnFocusSeen = []);
                if (seen.includes(focused)) { return {stop: 'seen'}; }
                seen.push(focused);
                let host = focused;
                while (host.getRootNode() !== document) { host = host.getRootNode().host; }
                const name = el => el.localName + (el.id ? '#' + el.id : '')
                        + (el.getAttribute('href') ? '[href=' + el.getAttribute('href') + ']' : '');
                const text = (host.textContent || host.getAttribute('aria-label') || '').trim().slice(0, 40);
                const what = (host === focused ? name(focused) : name(host) + ' > ' + name(focused))
                        + (text ? ' "' + text + '"' : '');
                if (focused.localName === 'body') { return {stop: 'body', what: what}; }
                const ring = () => {
                    const elements = [];
                    let steps = 0;
                    for (let node = focused; node && steps < 8; node = node.parentNode || node.host, steps++) {
                        if (node.nodeType !== 1) { continue; }
                        elements.push(node);
                        if (node.shadowRoot) { elements.push(...node.shadowRoot.querySelectorAll('*')); }
                        if (node.localName.includes('-') && node.getRootNode() === document) { break; }
                    }
                    const parts = [];
                    for (const e of elements) {
                        for (const pseudo of [null, '::before', '::after']) {
                            const s = getComputedStyle(e, pseudo);
                            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
                                    ? s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor : '';
                            const shadow = s.boxShadow !== 'none' ? s.boxShadow : '';
                            if (outline || shadow) { parts.push(e.localName + (pseudo || '') + ':' + outline + '|' + shadow); }
                        }
                    }
                    return parts.join(';');
                };
                const withFocus = ring();
                focused.blur();
                const without = ring();
                focused.focus();
                return {stop: 'new', what: what, withFocus: withFocus, without: without};""";

        private static final String DESCRIBE = """
                const e = arguments[0];
                if (!e) { return 'nothing'; }
                let host = e;
                while (host.getRootNode() !== document) { host = host.getRootNode().host; }
                const name = el => el.localName + (el.id ? '#' + el.id : '')
                        + (el.getAttribute('href') ? '[href=' + el.getAttribute('href') + ']' : '');
                const text = (host.textContent || host.getAttribute('aria-label') || '').trim().slice(0, 40);
                return (host === e ? name(e) : name(host) + ' > ' + name(e)) + (text ? ' "' + text + '"' : '');""";

        private static final String FOCUS_IN = """
                const target = document.getElementById(arguments[0]);
                let active = document.activeElement;
                while (active && active.shadowRoot && active.shadowRoot.activeElement) {
                    active = active.shadowRoot.activeElement;
                }
                for (let node = active; node; node = node.parentNode || node.host) {
                    if (node === target) { return true; }
                }
                return false;""";

        private final ChromeDriver browser;
        private final WebDriverWait wait;

        Browser(@Nullable String email) {
            this.browser = journey.anotherBrowser();
            this.wait = email == null
                    ? new WebDriverWait(browser, WAIT, Duration.ofMillis(50))
                    : journey.loggedIn(browser, email, PASSWORD);
        }

        /** A 1280 × 900 window at 200 % zoom: 640 × 450 CSS pixels, two device pixels each. */
        void zoom200() {
            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 640, "height", 450, "deviceScaleFactor", 2, "mobile", false));
        }

        void open(String path) {
            journey.open(browser, wait, path);
        }

        void settle() {
            BrowserJourney.settle(browser, wait);
        }

        void click(By locator) {
            var element = wait.until(ExpectedConditions.elementToBeClickable(locator));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
            settle();
        }

        String firstLink(String listPath, String hrefPattern) {
            open(listPath);
            return BrowserJourney.firstLink(browser, hrefPattern);
        }

        List<String> zoomProblems(String role, String path) {
            open(path);
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) browser.executeScript(ZOOM_PROBLEMS);
            List<String> problems = new ArrayList<>();
            for (String problem : Objects.requireNonNull(found)) {
                problems.add(role + " " + path + ": " + problem);
            }
            screenshot("zoom200-" + role + path.replaceAll("[^A-Za-z0-9]+", "-"));
            return problems;
        }

        /**
         * Tabs through the page from its start. Each element that takes the focus must have an outline
         * or box shadow that is not there once the focus leaves it (blurred, then focused again to go on).
         */
        List<String> focusProblems(String role, String path) {
            open(path);
            List<String> problems = new ArrayList<>();
            int seen = 0;
            for (int i = 0; i < MOST_TABS; i++) {
                new Actions(browser).sendKeys(Keys.TAB).perform();
                @SuppressWarnings("unchecked")
                Map<String, Object> stop =
                        (Map<String, Object>) Objects.requireNonNull(browser.executeScript(TAB_STOP));
                Object kind = stop.get("stop");
                if ("none".equals(kind) || "seen".equals(kind)) {
                    // Back at the start (or out of the page): every stop was seen.
                    if (seen > 0) {
                        break;
                    }
                    continue;
                }
                seen++;
                if ("body".equals(kind)) {
                    break;
                }
                Object withFocus = stop.get("withFocus");
                if ("".equals(withFocus) || Objects.equals(withFocus, stop.get("without"))) {
                    problems.add(role + " " + path + ": no focus indicator on " + stop.get("what"));
                }
            }
            assertThat(seen).as("Tab reaches controls on %s", path).isPositive();
            return problems;
        }

        Browser tabTo(String id) {
            for (int i = 0; i < MOST_TABS; i++) {
                if (focusIsIn(id)) {
                    return this;
                }
                new Actions(browser).sendKeys(Keys.TAB).perform();
            }
            throw new AssertionError(MOST_TABS + " times Tab did not reach #" + id);
        }

        Browser press(Keys key) {
            new Actions(browser).sendKeys(key).perform();
            settle();
            return this;
        }

        boolean focusIsIn(String id) {
            return Boolean.TRUE.equals(browser.executeScript(FOCUS_IN, id));
        }

        boolean dialogOpen() {
            return Boolean.TRUE.equals(browser.executeScript(
                    "return !!document.querySelector('vaadin-dialog[opened], vaadin-confirm-dialog[opened]');"));
        }

        String focused() {
            return String.valueOf(browser.executeScript(DESCRIBE, browser.executeScript(FOCUSED)));
        }

        private void screenshot(String name) {
            BrowserJourney.screenshotOrFail(browser, name);
        }

        @Override
        public void close() {
            journey.quit(browser);
        }
    }
}
