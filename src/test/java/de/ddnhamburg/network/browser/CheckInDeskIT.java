package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The congress day in real headless Chromium. In the office an admin downloads the badge sheet (a
 * real download into the browser's folder, read back with PDFBox and rendered to PNG), then keeps
 * the dashboard open; at the door a member of the door team types a ticket code (as a hand scanner
 * does: the code, then Enter) and sees the confirmation, and the dashboard's check-in figure counts
 * up by push, without a reload. Then a cancelled ticket and a second scan warn. Screenshots of the
 * dashboard, the badge sheet and the desk on a 768 px tablet and a 375 px phone go to
 * target/screenshots.
 *
 * <p>A congress taking place today is written into the app's database after the start, and the
 * demo member Rieke Sommerfeld is put into the door team there.
 */
class CheckInDeskIT {

    private static final String DEMO_PASSWORD = "ddn-demo-passwort";
    private static final String HELPER = "rieke.sommerfeld@example.org";
    private static final String ADMIN = "admin@ddn-hamburg.de";
    private static final String TITLE = "Fachkongress am Einlass";
    private static final String CONFIRMED_CODE = "K7QX-4M2P-9HRT-B3WC";
    private static final String CANCELLED_CODE = "M2PK-7QXH-RT9B-3WCD";
    private static final Duration DOWNLOAD_LIMIT = Duration.ofSeconds(30);

    @AutoClose
    private static BrowserJourney journey;

    /** The door team's tablet. */
    private static ChromeDriver desk;

    /** The admin's screen in the office. */
    private static ChromeDriver office;

    private static long congressId;

    private static Axe axe;

    @BeforeAll
    static void start() throws Exception {
        axe = Axe.load();
        journey = BrowserJourney.start(SharedApp.OWN_CONGRESSES);
        desk = journey.browser();
        office = journey.anotherBrowser();
        insertCongressToday();
    }

    @Test
    void the_admin_prints_the_badges_and_the_dashboard_counts_a_check_in_at_the_door_without_a_reload()
            throws Exception {
        WebDriverWait officeWait = journey.logIn(office, ADMIN, DEMO_PASSWORD);
        office.manage().window().setSize(new Dimension(1280, 1600));
        printBadges(officeWait);

        office.get(journey.app().url("/verwaltung/kongress/" + congressId + "/uebersicht"));
        officeWait.until(ExpectedConditions.textToBe(By.id("dashboard-checkin-value"), "0 von 1"));
        // Only the most specific entry of the side navigation is marked as the current page.
        assertThat(office.findElement(By.id("nav-congress-administration")).getDomProperty("current"))
                .isEqualTo("true");
        assertThat(office.findElement(By.id("nav-administration")).getDomProperty("current"))
                .as("'Verwaltung' is not highlighted beside 'Fachkongress verwalten'")
                .isEqualTo("false");
        office.executeScript("window.ddnNoReload = 'still here';");

        WebDriverWait wait = journey.logIn(desk, HELPER, DEMO_PASSWORD);
        // The door team's way in: with one congress open today, it opens that desk at once.
        journey.open("/einlass");
        wait.until(ExpectedConditions.urlContains("/einlass/" + congressId));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#check-in-desk-name input")));
        assertAccessible("check-in-00-desktop-desk-name");
        desk.manage().window().setSize(new Dimension(768, 1024));
        chooseDesk(wait, "Eingang Nord");

        scan(wait, CONFIRMED_CODE);
        wait.until(ExpectedConditions.textToBe(By.id("check-in-verdict"), "Eingecheckt"));
        assertThat(desk.findElement(By.id("check-in-name")).getText()).isEqualTo("Hanna Petersen");
        assertThat(desk.findElement(By.id("check-in-result")).getText())
                .contains("Nichtmitglied", "keine Rechnung", "Werkstatt Arbeit", "Bedürfnisse angegeben")
                .doesNotContain("vegetarisch");
        wait.until(ExpectedConditions.textToBe(By.id("check-in-counter"), "1 von 1 eingecheckt"));
        assertThat(inputHasFocus())
                .as("the field keeps the focus for the next scan")
                .isTrue();
        assertThat(desk.findElement(By.cssSelector("#check-in-input input")).getAttribute("value"))
                .isEmpty();
        journey.screenshot("check-in-01-tablet-checked-in");
        assertAccessible("check-in-01-tablet-checked-in");

        // The dashboard in the office counts up by push, without a reload.
        officeWait.until(ExpectedConditions.textToBe(By.id("dashboard-checkin-value"), "1 von 1"));
        assertThat(office.executeScript("return window.ddnNoReload;")).isEqualTo("still here");
        BrowserJourney.screenshot(office, "check-in-00-dashboard-after-check-in");

        scan(wait, CANCELLED_CODE.toLowerCase(Locale.ROOT));
        wait.until(ExpectedConditions.textToBe(By.id("check-in-verdict"), "Anmeldung storniert"));
        journey.screenshot("check-in-02-tablet-cancelled");

        scan(wait, CONFIRMED_CODE);
        wait.until(ExpectedConditions.textMatches(
                By.id("check-in-verdict"),
                Pattern.compile("Bereits eingecheckt um \\d\\d:\\d\\d an Platz Eingang Nord")));
        assertThat(desk.findElement(By.id("check-in-result")).getAttribute("class"))
                .contains("tone-stop");
        assertThat(inputHasFocus()).isTrue();
        journey.screenshot("check-in-03-tablet-already");
        assertAccessible("check-in-03-tablet-already");

        desk.manage().window().setSize(new Dimension(375, 812));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-in-verdict")));
        assertThat(((Number) desk.executeScript("return document.documentElement.scrollWidth;")).intValue())
                .as("no sideways scrolling at 375 px")
                .isLessThanOrEqualTo(375);
        journey.screenshot("check-in-04-phone-already");
        assertAccessible("check-in-04-phone-already");

        scan(wait, "Peters");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-in-matches"), "Hanna Petersen"));
        journey.screenshot("check-in-05-phone-search");
        assertAccessible("check-in-05-phone-search");
    }

    /**
     * "Druck und Export": the sheet of the confirmed (Hanna Petersen; the cancelled registration
     * gets no badge) lands in the browser's download folder as a PDF that PDFBox opens, with her
     * name on it; its first page is saved as PNG to be looked at.
     */
    private static void printBadges(WebDriverWait officeWait) throws Exception {
        Path downloads = Chromium.allowDownloads(office);
        office.get(journey.app().url("/verwaltung/kongress/" + congressId + "/druck-und-export"));
        officeWait.until(ExpectedConditions.textToBe(By.id("badge-count"), "1 Schild mit dieser Auswahl"));
        BrowserJourney.screenshot(office, "check-in-00-print-page");
        office.findElement(By.id("badge-sheet")).click();

        Path sheet = downloads.resolve("namensschilder-kongress-" + congressId + ".pdf");
        officeWait
                .withTimeout(DOWNLOAD_LIMIT)
                .until(driver -> Files.isRegularFile(sheet) && !hasPartialDownload(downloads));
        byte[] pdf = Files.readAllBytes(sheet);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Hanna Petersen", "Hafen Akademie", "Nichtmitglied", CONFIRMED_CODE)
                    .doesNotContain("Carla");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100, ImageType.RGB);
            ImageIO.write(
                    page,
                    "png",
                    Chromium.screenshotDir()
                            .toPath()
                            .resolve("check-in-00-badge-sheet.png")
                            .toFile());
        }
    }

    private static boolean hasPartialDownload(Path downloads) {
        try (var files = Files.list(downloads)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return true;
        }
    }

    private static void chooseDesk(WebDriverWait wait, String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#check-in-desk-name input")))
                .sendKeys(name);
        desk.findElement(By.id("check-in-desk-save")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#check-in-input input")));
    }

    /** What a hand scanner does: types the code into the focused field and presses Enter. */
    private static void scan(WebDriverWait wait, String code) {
        wait.until(driver -> inputHasFocus());
        desk.switchTo().activeElement().sendKeys(code + Keys.ENTER);
    }

    private static boolean inputHasFocus() {
        return Boolean.TRUE.equals(desk.executeScript(
                "const a = document.activeElement; return a != null && a.closest('#check-in-input') != null;"));
    }

    /** axe-core's WCAG 2.1 A/AA rules find nothing serious or critical (the verdict colours included). */
    private static void assertAccessible(String where) {
        assertThat(axe.check(desk).stream().filter(Axe.Violation::failing).toList())
                .as(where)
                .isEmpty();
    }

    /**
     * A published congress today with a paid category, one workshop, Hanna Petersen confirmed (with
     * a workshop seat and dietary needs) and a cancelled registration; Rieke Sommerfeld in the door team.
     */
    private static void insertCongressToday() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ZoneId hamburg = ZoneId.of("Europe/Berlin");
        LocalDate today = LocalDate.now(hamburg);
        Instant nine = today.atTime(9, 0).atZone(hamburg).toInstant();
        try (Connection db = journey.database()) {
            CongressRows rows = new CongressRows(db, now);
            congressId = rows.congress(
                    TITLE,
                    null,
                    today,
                    now.minus(Duration.ofDays(30)),
                    now.minus(Duration.ofDays(1)),
                    now.minus(Duration.ofDays(3)));
            long category = rows.guestCategory(congressId, "Für Gäste");
            long room = rows.room(congressId, "Raum Elbe", 30);
            long slot = rows.slot(congressId, nine.plus(Duration.ofHours(2)), nine.plus(Duration.ofHours(3)));
            long workshop = rows.workshop(congressId, slot, room, "Werkstatt Arbeit", 20, 1);
            long hanna = registration(
                    rows,
                    now,
                    category,
                    "hanna",
                    "Hanna",
                    "Petersen",
                    "Hafen Akademie",
                    CONFIRMED_CODE,
                    "CONFIRMED",
                    "vegetarisch");
            rows.seat(hanna, slot, workshop);
            registration(
                    rows, now, category, "carla", "Carla", "Cordes", "Elbwerk GmbH", CANCELLED_CODE, "CANCELLED", null);
            try (PreparedStatement role = db.prepareStatement(
                    "insert into member_role (member_id, role) select id, 'CHECK_IN' from member where email = ?")) {
                role.setString(1, HELPER);
                assertThat(role.executeUpdate()).as("the demo member exists").isOne();
            }
        }
    }

    /** A guest's registration, as the wizard would have stored it (needs only with the consent). */
    private static long registration(
            CongressRows rows,
            Instant now,
            long category,
            String key,
            String firstName,
            String lastName,
            String organisation,
            String code,
            String status,
            @Nullable String dietaryNeeds)
            throws Exception {
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        return rows.insert(
                "insert into congress_registration (created_at, updated_at, congress_id, category_id, person_key,"
                        + " email, first_name, last_name, organisation, ticket_code, status, registered_at,"
                        + " confirmed_at, language, dietary_needs, health_consent_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'de', ?, ?)",
                at,
                at,
                congressId,
                category,
                "g:" + key + "@example.org",
                key + "@example.org",
                firstName,
                lastName,
                organisation,
                code,
                status,
                at,
                at,
                dietaryNeeds,
                dietaryNeeds == null ? null : at);
    }
}
