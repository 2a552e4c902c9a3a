package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page as a guest, a member, a group moderator and an admin, at desktop width and at 375 px
 * (a phone), with the dialogs that matter (contact request, cancelling a registration, a new group,
 * cancelling an event): axe-core's WCAG 2.1 A and AA rules must find nothing serious or critical, no
 * page may show an error notification or the error page, scroll sideways on a phone, or make the
 * server log an error. The app that the browser tests share ({@link SharedApp}) and, per role, one
 * browser; findings of all pages are collected so that one run shows them all. The report goes to {@code target/axe-report.txt}, phone screenshots
 * to {@code target/screenshots/a11y-*}.
 *
 * <p>Each page is loaded once and each action done once: every state (the page as opened, each step
 * of an action, the dialog it opens) is checked at the window's width, then the window takes the
 * other width and it is checked again. The app lays itself out for the width in CSS alone, so a
 * page resized to 375 px is the phone's page; every phone check also verifies that (a 375 px
 * viewport, AppLayout's drawer an overlay). The window keeps its width for the next page, so half
 * the pages are loaded at each width. Loading every page and walking every action at each width
 * took twice the time for the same checks.
 */
class AccessibilitySweepIT {

    private static final String PASSWORD = "ddn-demo-passwort";
    private static final String MEMBER = "rieke.sommerfeld@example.org";
    private static final String MODERATOR = "christina.voss@example.org";
    private static final String MODERATED_GROUP = "Vereinbarkeit von Familie und Beruf";
    private static final String ADMIN = "admin@ddn-hamburg.de";
    private static final int DESKTOP = 1280;
    private static final int PHONE = 375;
    private static final int HEIGHT = 900;
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** The app that the browser tests share; the sweep's guests, accounts and mail are its own. */
    private static SharedApp shared;

    private static PackagedApp app;

    /** The mails that other tests caused before, which the guests' links are not looked for in. */
    private static Set<String> mailsBefore = Set.of();

    private static Axe axe;

    @BeforeAll
    static void start() throws Exception {
        axe = Axe.load();
        shared = SharedApp.get(SharedApp.DEMO);
        app = shared.app();
        mailsBefore = shared.mailsSoFar();
        Files.deleteIfExists(report());
    }

    @Test
    void guest_pages_have_no_serious_violations() throws Exception {
        sweep("guest", null, sweep -> {
            String event = sweep.firstLink("/veranstaltungen", "veranstaltungen/\\d+");
            String congress = sweep.firstLink("/", "kongress/\\d+");
            return List.of(
                    page("start", "/"),
                    page("login", "/login"),
                    page("join", "/mitglied-werden"),
                    page("forgot-password", "/passwort-vergessen"),
                    page("events", "/veranstaltungen"),
                    page("events-month", "/veranstaltungen?ansicht=monat"),
                    page("events-week", "/veranstaltungen?ansicht=woche"),
                    page("event", event),
                    page("congress", congress),
                    page("congress-session", sweep.firstLink(congress, "kongress/\\d+/sitzung/\\d+")),
                    new Page("congress-wizard", congress + "/anmelden", AccessibilitySweepIT::registerAsGuest),
                    new Page(
                            "congress-guest-confirm",
                            "/kongress/gast/bestaetigen",
                            AccessibilitySweepIT::confirmAsGuest),
                    page("imprint", "/impressum"),
                    page("privacy", "/datenschutz"),
                    page("member-area-redirects-to-login", "/mitglieder"),
                    page("not-found", "/gibt-es-nicht"));
        });
    }

    @Test
    void member_pages_have_no_serious_violations() throws Exception {
        sweep("member", MEMBER, sweep -> {
            String profile = sweep.firstLink("/mitglieder", "mitglieder/\\d+");
            String congress = sweep.navigationPath("/start", "nav-congress");
            sweep.open(congress);
            String fullWorkshop = sweep.linkByText(FULL_WORKSHOP);
            String group = sweep.firstLink("/fachgruppen", "fachgruppen/\\d+");
            String event = sweep.firstLink("/veranstaltungen", "veranstaltungen/\\d+");
            return List.of(
                    page("start", "/start"),
                    page("directory", "/mitglieder"),
                    new Page("profile+contact-dialog", profile, s -> s.openDialog(By.id("contact-request-button"))),
                    page("own-profile", "/profil"),
                    page("contacts", "/kontakte"),
                    page("groups", "/fachgruppen"),
                    page("group", group),
                    page("events", "/veranstaltungen"),
                    page("events-month", "/veranstaltungen?ansicht=monat"),
                    new Page("event+cancel-confirmation", event, AccessibilitySweepIT::registerThenAskToCancel),
                    page("account", "/konto"),
                    page("congress", congress),
                    page("congress-session-who-else", fullWorkshop),
                    new Page(
                            "my-congress-registration+change-session-dialog",
                            "/kongress/meine-anmeldung",
                            s -> s.openDialog(By.cssSelector("vaadin-button[id^='mine-change-']"))),
                    page("imprint", "/impressum"),
                    page("privacy", "/datenschutz"));
        });
    }

    @Test
    void moderator_pages_have_no_serious_violations() throws Exception {
        sweep("moderator", MODERATOR, sweep -> {
            sweep.open("/fachgruppen");
            String group = sweep.linkByText(MODERATED_GROUP);
            return List.of(
                    page("start", "/start"),
                    page("moderated-group", group),
                    page("new-event", "/veranstaltungen/neu"),
                    page("events", "/veranstaltungen"));
        });
    }

    @Test
    void admin_pages_have_no_serious_violations() throws Exception {
        sweep("admin", ADMIN, sweep -> {
            String event = sweep.firstLink("/veranstaltungen", "veranstaltungen/\\d+");
            String editor = sweep.firstLink("/verwaltung/kongress", "verwaltung/kongress/\\d+");
            String dashboard = sweep.firstLink("/verwaltung/kongress", "verwaltung/kongress/\\d+/uebersicht");
            return List.of(
                    page("start", "/start"),
                    page("congress-dashboard", dashboard),
                    new Page(
                            "congress-registrations+cancel-dialog",
                            dashboard.replace("/uebersicht", "/anmeldungen"),
                            AccessibilitySweepIT::openFirstRegistrationThenCancelDialog),
                    page("congress-invoices", dashboard.replace("/uebersicht", "/rechnungen")),
                    new Page(
                            "congress-print-and-export+reprint-search",
                            dashboard.replace("/uebersicht", "/druck-und-export"),
                            AccessibilitySweepIT::findABadgeToReprint),
                    page("announcements", "/verwaltung/rundschreiben"),
                    page("security-log", "/verwaltung"),
                    page("member-administration", "/verwaltung/mitglieder"),
                    page("outbox", "/verwaltung/postausgang"),
                    page("data-requests", "/verwaltung/datenanfragen"),
                    new Page("groups+new-group-dialog", "/fachgruppen", s -> s.openDialog(By.id("create-group"))),
                    page("new-event", "/veranstaltungen/neu"),
                    page("event", event),
                    new Page(
                            "edit-event+cancel-confirmation",
                            event + "/bearbeiten",
                            s -> s.openDialog(By.id("event-cancel-event"))),
                    page("participants", event + "/teilnehmende"),
                    page("congress-administration", "/verwaltung/kongress"),
                    page("congress-editor-edition", editor),
                    new Page("congress-editor-categories", editor, s -> s.clickTab("Ticketkategorien")),
                    new Page("congress-editor-schedule", editor, s -> s.clickTab("Räume und Zeitfenster")),
                    new Page("congress-editor-sessions+session-dialog", editor, s -> {
                        s.clickTab("Sitzungen");
                        s.checkBothWidths(s.where + " sessions tab");
                        s.openDialog(By.id("congress-session-add"));
                    }),
                    new Page("congress-editor-speakers", editor, s -> s.clickTab("Referent:innen")),
                    new Page(
                            "congress-approvals+approve-confirmation",
                            "/verwaltung/kongress/freigaben",
                            s -> s.openDialog(By.cssSelector("vaadin-button[id^='approve-']"))),
                    // The congress door: the demo congress's desk, asking for the desk's name.
                    page("check-in", "/einlass"));
        });
    }

    /** The reprint search of "Druck und Export", with the badge it finds. */
    private static void findABadgeToReprint(Sweep sweep) {
        sweep.type("#badge-search input", "Sommerfeld" + Keys.ENTER);
        sweep.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#badge-found li")));
        sweep.settle();
    }

    // --- the congress: a guest's registration from the wizard to the confirmed ticket ---

    private static final String FULL_WORKSHOP = "Netzwerken für Introvertierte: in kleinen Schritten zum Kontakt";

    /** The guest who walks the wizard and confirms the mailed link. */
    private static final String GUEST_EMAIL = "a11y.gast@example.org";

    /**
     * Every step of the wizard, checked as it is shown: details, category, sessions (with the full
     * workshop's waiting list and second choice), questions, billing address, summary; then submit.
     */
    private static void registerAsGuest(Sweep sweep) {
        sweep.type("#wizard-first-name input", "Greta");
        sweep.type("#wizard-last-name input", "Gast");
        sweep.type("#wizard-email input", GUEST_EMAIL);
        sweep.type("#wizard-organisation input", "Pflegedienst Elbufer" + Keys.TAB);
        sweep.next("Schritt 2 von 5", "category");
        sweep.click(By.cssSelector("#wizard-category vaadin-radio-button"));
        sweep.next("Schritt 3 von 6", "sessions");
        sweep.click(By.cssSelector("vaadin-radio-group[id^='wizard-slot-'] vaadin-radio-button"));
        sweep.click(By.xpath("//vaadin-radio-button[contains(., 'Netzwerken für Introvertierte')]"));
        sweep.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id^='wizard-waiting-']:not([hidden])"), "Warteliste"));
        sweep.checkBothWidths(sweep.where + " sessions with waiting list");
        sweep.next("Schritt 4 von 6", "questions");
        sweep.next("Schritt 5 von 6", "billing");
        sweep.type("#wizard-billing-street input", "Brandstwiete 4");
        sweep.type("#wizard-billing-postcode input", "20457");
        sweep.type("#wizard-billing-city input", "Hamburg" + Keys.TAB);
        sweep.next("Schritt 6 von 6", "summary");
        sweep.click(By.id("wizard-consent"));
        sweep.click(By.id("wizard-submit"));
        sweep.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("wizard-done")));
    }

    /**
     * The page first without a link (checked by the visit), then with the guest's mailed link
     * before and after confirming; the check after the action sees the guest's "Meine Anmeldung".
     */
    private static void confirmAsGuest(Sweep sweep) {
        sweep.open(sweep.mailedLink(GUEST_EMAIL, "/kongress/gast/bestaetigen?token="));
        sweep.checkBothWidths(sweep.where + " with the mailed link");
        sweep.click(By.id("confirm-action"));
        sweep.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-done")));
        sweep.checkBothWidths(sweep.where + " confirmed");
        sweep.click(By.id("confirm-manage-link"));
        sweep.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mine-sessions")));
    }

    // --- the keyboard paths ---

    /**
     * Joining, registering for an event and sending a contact request with the keyboard alone: Tab
     * reaches every control (the skip link first), Enter and Space work them, and the contact
     * dialog takes the focus while it is open.
     */
    @Test
    void joining_registering_and_a_contact_request_work_with_the_keyboard_alone() throws Exception {
        ChromeDriver browser = Chromium.start();
        Keyboard keys = new Keyboard(browser);
        try {
            keys.open("/mitglied-werden");
            keys.tab();
            assertThat(keys.focusIsIn("skip-link"))
                    .as("the first Tab reaches the skip link")
                    .isTrue();
            keys.press(Keys.ENTER);
            assertThat(keys.focusIsIn(SKIP_TARGET))
                    .as("the skip link moves to the content")
                    .isTrue();
            keys.tabTo("join-first-name").type("Karla");
            keys.tabTo("join-last-name").type("Tastatur");
            keys.tabTo("join-email").type("karla.tastatur@example.org");
            keys.tabTo("join-password").type("ein langes Tastaturpasswort");
            keys.tabTo("join-password-repeat").type("ein langes Tastaturpasswort");
            keys.tabTo("join-consent").press(Keys.SPACE);
            keys.tabTo("join-submit").press(Keys.ENTER);
            keys.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("join-done"), "karla.tastatur@example.org"));

            keys.open("/login");
            BrowserJourney.fillLoginForm(browser, keys.wait, KEYBOARD_MEMBER, PASSWORD);
            keys.wait.until(ExpectedConditions.urlContains("/start"));
            keys.sweep.open(keys.sweep.firstLink("/veranstaltungen", "veranstaltungen/\\d+"));
            String register = String.valueOf(browser.executeScript(
                    "return document.querySelector(\"vaadin-button[id^='event-register-']\").id;"));
            keys.tabTo(register).press(Keys.ENTER);
            keys.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("event-my-status")));

            keys.open("/mitglieder?suche=Sommerfeld");
            keys.sweep.click(By.partialLinkText("Sommerfeld"));
            keys.tabTo("contact-request-button").press(Keys.ENTER);
            keys.wait.until(driver -> keys.focusIsIn("contact-request-dialog"));
            keys.tabTo("contact-who").type(" Ich leite ein Projekt zum Wiedereinstieg.");
            keys.tabTo("contact-why").type(" Ihre Erfahrung mit Netzwerken interessiert mich.");
            keys.tabTo("contact-next").type(" Passt Ihnen ein kurzes Telefonat?");
            keys.tabTo("send-contact-request").press(Keys.ENTER);
            keys.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contact-state"), "gesendet"));
        } catch (RuntimeException | AssertionError e) {
            keys.sweep.screenshot("a11y-keyboard-failure");
            throw e;
        } finally {
            browser.quit();
        }
    }

    private static final String KEYBOARD_MEMBER = "claudia.harms@example.org";
    private static final String SKIP_TARGET = "main-content";

    /** A user without a mouse: Tab, Enter, Space and typing, and where the focus is now. */
    private static final class Keyboard {

        private static final int MOST_TABS = 80;

        // Follows the focus into shadow roots, then asks whether the element with the id holds it.
        private static final String FOCUS_IN = """
                const target = document.getElementById(arguments[0]);
                let active = document.activeElement;
                while (active && active.shadowRoot && active.shadowRoot.activeElement) {
                    active = active.shadowRoot.activeElement;
                }
                for (let node = active; node; node = node.parentNode || node.host) {
                    if (node === target) { return true; }
                }
                return false;
                """;

        private final ChromeDriver browser;
        private final Sweep sweep;
        private final WebDriverWait wait;

        Keyboard(ChromeDriver browser) {
            this.browser = browser;
            this.sweep = new Sweep("keyboard", browser);
            this.wait = sweep.wait;
        }

        void open(String path) {
            sweep.open(path);
        }

        Keyboard tab() {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            return this;
        }

        /** Tabs on until the element with the id has the focus; fails if Tab never gets there. */
        Keyboard tabTo(String id) {
            for (int i = 0; i < MOST_TABS; i++) {
                if (focusIsIn(id)) {
                    return this;
                }
                tab();
            }
            throw new AssertionError(MOST_TABS + " times Tab did not reach #" + id);
        }

        Keyboard type(String text) {
            new Actions(browser).sendKeys(text).perform();
            return this;
        }

        Keyboard press(Keys key) {
            new Actions(browser).sendKeys(key).perform();
            sweep.settle();
            return this;
        }

        boolean focusIsIn(String id) {
            return Boolean.TRUE.equals(browser.executeScript(FOCUS_IN, id));
        }
    }

    // --- the sweep ---

    private interface PageList {
        List<Page> pages(Sweep sweep);
    }

    private interface Action {
        void run(Sweep sweep);
    }

    private record Page(String name, String path, @Nullable Action action) {}

    private static Page page(String name, String path) {
        return new Page(name, path, null);
    }

    /** The page of an event the member is registered for (registering first if not), then cancelling. */
    private static void registerThenAskToCancel(Sweep sweep) {
        if (sweep.browser.findElements(By.id("event-cancel")).isEmpty()) {
            sweep.click(By.cssSelector("vaadin-button[id^='event-register-']"));
            sweep.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("event-cancel")));
            sweep.settle();
            sweep.checkBothWidths(sweep.where + " registered");
        }
        sweep.openDialog(By.id("event-cancel"));
    }

    /** A registration chosen in the admins' list of the demo congress, then the dialog to cancel it (left unsent). */
    private static void openFirstRegistrationThenCancelDialog(Sweep sweep) {
        sweep.click(By.xpath("//vaadin-grid-cell-content[contains(., 'Bestätigt')]"));
        sweep.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registration-cancel")));
        sweep.settle();
        sweep.openDialog(By.id("registration-cancel"));
    }

    private static void sweep(String role, @Nullable String email, PageList pageList) throws Exception {
        long logStart = Files.size(app.log());
        ChromeDriver browser = Chromium.start();
        Sweep sweep = new Sweep(role, browser);
        try {
            if (email != null) {
                sweep.open("/login");
                BrowserJourney.fillLoginForm(browser, sweep.wait, email, PASSWORD);
                sweep.wait.until(ExpectedConditions.urlContains("/start"));
            }
            List<Page> pages = pageList.pages(sweep);
            for (Page page : pages) {
                sweep.visit(page);
            }
        } finally {
            browser.quit();
        }
        sweep.serverErrorsSince(logStart);
        sweep.writeReport();
        assertThat(sweep.failures)
                .as(
                        "%s: serious or critical axe violations, error notifications, sideways scrolling or server"
                                + " errors (details in %s)",
                        role, report())
                .isEmpty();
    }

    private static Path report() {
        return Path.of(System.getProperty("axe.report", "target/axe-report.txt"));
    }

    /** One role's browser and what it found. */
    private static final class Sweep {

        // In one call, what a check asks the page besides axe: error notifications or the error page;
        // the language, main landmark, skip link and footer links; on a phone (arguments[0]), how far
        // it scrolls sideways (the public pages scroll the document, the member area AppLayout's
        // content part) and the innermost elements past the right edge of the scrolling area, grids
        // excepted (they scroll in their own box), to say what to fix; and whether it is laid out
        // for a phone: a 375 px viewport, and AppLayout's drawer (where the page has it) an overlay,
        // as it is below its breakpoint.
        private static final String PAGE = """
                const phone = arguments[0];
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot
                        ? layout.shadowRoot.querySelector('[part=content]') : null;
                const page = document.documentElement;
                const result = {
                    errors: Array.from(document.querySelectorAll('vaadin-notification-card[theme~="error"]'))
                            .map(card => card.textContent.trim())
                            .concat(document.getElementById('internal-error') ? ['error page'] : []),
                    landmarks: [page.lang, !!document.querySelector('main'), !!document.getElementById('skip-link'),
                            !!document.getElementById('footer-imprint'), !!document.getElementById('footer-privacy')],
                    viewport: 'viewport ' + window.innerWidth + ' px'
                            + (layout ? ', drawer overlay ' + layout.overlay : ', no AppLayout')
                };
                if (!phone) { return result; }
                result.phoneLayout = window.innerWidth === phone && (!layout || layout.overlay === true);
                result.overflow = Math.max(page.scrollWidth - page.clientWidth,
                        content ? content.scrollWidth - content.clientWidth : 0);
                if (result.overflow > 0) {
                    const limit = content ? content.getBoundingClientRect().left + content.clientWidth
                            : page.clientWidth;
                    const past = Array.from(document.querySelectorAll('#main-content *, .main-footer *')).filter(e => {
                        const r = e.getBoundingClientRect();
                        return r.width > 0 && r.right > limit + 1 && !e.closest('vaadin-grid');
                    });
                    result.widest = past.filter(e => !past.some(o => o !== e && e.contains(o))).slice(0, 3)
                            .map(e => e.localName + (e.id ? '#' + e.id : '')
                                    + (typeof e.className === 'string' && e.className.trim()
                                            ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                                    + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)')
                            .join(', ');
                }
                return result;""";

        private final String role;
        private final ChromeDriver browser;
        private final WebDriverWait wait;
        private final List<String> failures = new ArrayList<>();
        private final List<String> lines = new ArrayList<>();
        private int visits;
        private int checks;
        /** The page being visited, for actions that check more than once. */
        private String where = "";

        private int width = DESKTOP;
        private int violations;
        private int serious;
        private long openMillis;
        private long resizeMillis;
        private long axeMillis;

        Sweep(String role, ChromeDriver browser) {
            this.role = role;
            this.browser = browser;
            // Polled often: the default half second, waited on every page, would add a minute to the sweep.
            this.wait = new WebDriverWait(browser, WAIT, Duration.ofMillis(50));
        }

        void open(String path) {
            long start = System.nanoTime();
            browser.get(app.url(path));
            settle();
            openMillis += (System.nanoTime() - start) / 1_000_000;
        }

        /** Waits until Vaadin has no request under way and nothing moves ({@link BrowserJourney#SETTLED}). */
        void settle() {
            BrowserJourney.settle(browser, wait);
        }

        /**
         * Gives the window the other width and waits until the page has laid itself out again. The
         * app's layout follows the width through CSS alone (media queries, and the components'
         * resize observers, such as AppLayout's drawer becoming an overlay; no view asks the server
         * for the width), so a page resized to 375 px is laid out as one opened at 375 px, which
         * {@link #check} verifies on every phone check.
         */
        void switchWidth() {
            long start = System.nanoTime();
            width = width == DESKTOP ? PHONE : DESKTOP;
            browser.manage().window().setSize(new Dimension(width, HEIGHT));
            wait.until(driver -> Long.valueOf(width).equals(browser.executeScript("return window.innerWidth;")));
            settle();
            resizeMillis += (System.nanoTime() - start) / 1_000_000;
        }

        String firstLink(String listPath, String hrefPattern) {
            open(listPath);
            return BrowserJourney.firstLink(browser, hrefPattern);
        }

        String linkByText(String text) {
            String href = wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(text)))
                    .getAttribute("href");
            return java.net.URI.create(Objects.requireNonNull(href)).getPath();
        }

        void click(By locator) {
            var element = wait.until(ExpectedConditions.elementToBeClickable(locator));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
            settle();
        }

        void type(String css, String text) {
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)))
                    .sendKeys(text);
        }

        /** The wizard's next step, checked once it is shown. */
        void next(String counter, String step) {
            click(By.id("wizard-next"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wizard-step-counter"), counter));
            settle();
            checkBothWidths(where + " step " + step);
        }

        /** Where an entry of the side navigation leads (its link is in the item's shadow root). */
        String navigationPath(String page, String itemId) {
            open(page);
            return "/"
                    + browser.executeScript(
                            "return document.getElementById(arguments[0]).getAttribute('path');", itemId);
        }

        void clickTab(String label) {
            click(By.xpath("//vaadin-tab[contains(., '" + label + "')]"));
        }

        /** The path and query of the link in the mail to the address (the first since the sweep began). */
        String mailedLink(String recipient, String path) {
            try {
                URI link = URI.create(BrowserJourney.linkIn(shared.mailTo(recipient, 1, mailsBefore), path));
                return link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void openDialog(By opener) {
            click(opener);
            wait.until(driver -> Boolean.TRUE.equals(browser.executeScript(
                    "return !!document.querySelector('vaadin-dialog[opened], vaadin-confirm-dialog[opened]');")));
            settle();
        }

        /**
         * Opens the page at the window's width, checks it there and at the other width, and so on
         * after the page's action: every state at both widths, the page loaded and the action done
         * once. The window keeps its last width for the next page, so the pages are loaded at the
         * two widths in turn.
         */
        void visit(Page page) throws IOException {
            visits++;
            this.where = page.name() + " (" + page.path() + ")";
            open(page.path());
            checkBothWidths(where, "a11y-" + role + "-" + page.name().replace('+', '-'));
            if (page.action() != null) {
                page.action().run(this);
                checkBothWidths(where + " after action");
                new Actions(browser).sendKeys(Keys.ESCAPE).perform();
            }
        }

        /** Checks the page at the window's width, then at the other; the window keeps the other. */
        void checkBothWidths(String what) {
            checkBothWidths(what, null);
        }

        /** The same, with a screenshot at 375 px under that name. */
        private void checkBothWidths(String what, @Nullable String screenshot) {
            check(what, screenshot);
            switchWidth();
            check(what, screenshot);
        }

        private void check(String what, @Nullable String screenshot) {
            String where = role + " " + width + "px " + what;
            checks++;
            long start = System.nanoTime();
            List<Axe.Violation> found = axe.check(browser);
            axeMillis += (System.nanoTime() - start) / 1_000_000;
            for (Axe.Violation violation : found) {
                violations++;
                String line = where + ": " + violation.rule() + " [" + violation.impact() + "] "
                        + violation.nodes().size() + " element(s): " + String.join(" || ", violation.nodes());
                lines.add(line);
                if (violation.failing()) {
                    serious++;
                    failures.add(where + ": " + violation.rule() + " [" + violation.impact() + "]");
                }
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> page = (Map<String, Object>)
                    Objects.requireNonNull(browser.executeScript(PAGE, width == PHONE ? PHONE : 0));
            for (Object error : (List<?>) Objects.requireNonNull(page.get("errors"))) {
                failures.add(where + ": error shown: " + error);
                lines.add(where + ": error shown: " + error);
            }
            Object landmarks = page.get("landmarks");
            if (!List.of("de", true, true, true, true).equals(landmarks)) {
                String problem =
                        where + ": lang, main, skip link, imprint and privacy links expected, found " + landmarks;
                failures.add(problem);
                lines.add(problem);
            }
            if (width == PHONE) {
                if (!Boolean.TRUE.equals(page.get("phoneLayout"))) {
                    String problem = where + ": not laid out for a phone: " + page.get("viewport");
                    failures.add(problem);
                    lines.add(problem);
                }
                if (page.get("overflow") instanceof Number pixels && pixels.intValue() > 0) {
                    String problem =
                            where + ": scrolls sideways by " + pixels + " px, past the edge: " + page.get("widest");
                    failures.add(problem);
                    lines.add(problem);
                }
                if (screenshot != null) {
                    screenshot(screenshot);
                }
            }
        }

        private void screenshot(String name) {
            BrowserJourney.screenshotOrFail(browser, name);
        }

        void serverErrorsSince(long offset) throws IOException {
            byte[] all = Files.readAllBytes(app.log());
            String text = new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
            for (String line : text.split("\\R")) {
                // Atmosphere reports a push connection that the browser dropped by leaving the page as
                // an error ("Failed to cancel resource"), and so does Vaadin when a push update meets
                // the closed WebSocket of a page just left ("Exception in push connection", with
                // "the WebSocket session has been closed"); that is a browser navigating, not the
                // application failing.
                if (line.contains(" ERROR ")
                        && !line.contains("Failed to cancel resource")
                        && !line.contains("Exception in push connection")) {
                    failures.add(role + ": server logged: " + line);
                    lines.add(role + ": server logged: " + line);
                }
            }
        }

        void writeReport() throws IOException {
            String summary = String.format(
                    "== %s: %d pages, %d checks (each state at desktop width and 375 px, dialogs included),"
                            + " %d violations, %d serious or critical, %d failures; %d s opening pages,"
                            + " %d s changing the width, %d s in axe%n",
                    role,
                    visits,
                    checks,
                    violations,
                    serious,
                    failures.size(),
                    openMillis / 1000,
                    resizeMillis / 1000,
                    axeMillis / 1000);
            System.out.print(summary);
            StringBuilder text = new StringBuilder(summary);
            lines.forEach(line -> text.append(line).append(System.lineSeparator()));
            Files.createDirectories(report().toAbsolutePath().getParent());
            Files.writeString(
                    report(), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
