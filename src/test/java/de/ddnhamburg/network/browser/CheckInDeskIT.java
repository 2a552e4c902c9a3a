package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The congress door in real headless Chromium: a member of the door team types a ticket code (as a
 * hand scanner does: the code, then Enter) and sees the confirmation, while an admin's desk in a
 * second browser counts up without a reload; then a cancelled ticket and a second scan warn.
 * Screenshots of the desk on a 768 px tablet and a 375 px phone go to target/screenshots.
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

    @AutoClose
    private static PackagedApp app;

    @AutoClose("quit")
    private static ChromeDriver desk;

    @AutoClose("quit")
    private static ChromeDriver office;

    private static long congressId;

    private static Axe axe;

    @BeforeAll
    static void start() throws Exception {
        axe = Axe.load();
        desk = Chromium.start();
        office = Chromium.start();
        Path data = Files.createTempDirectory("ddn-check-in-data");
        String database = "jdbc:h2:file:" + data.toAbsolutePath() + "/ddn-network;AUTO_SERVER=TRUE";
        app = PackagedApp.start(PackagedApp.jar(), data, "--spring.datasource.url=" + database);
        insertCongressToday(database);
    }

    @Test
    void a_door_helper_types_the_ticket_code_and_sees_the_confirmation_while_the_office_counts_along()
            throws IOException {
        WebDriverWait officeWait = logIn(office, ADMIN);
        office.get(app.url("/einlass/" + congressId));
        chooseDesk(office, officeWait, "Büro");
        officeWait.until(ExpectedConditions.textToBe(By.id("check-in-counter"), "0 von 1 eingecheckt"));
        office.executeScript("window.ddnNoReload = 'still here';");

        WebDriverWait wait = logIn(desk, HELPER);
        desk.manage().window().setSize(new Dimension(768, 1024));
        // The door team's way in: with one congress open today, it opens that desk at once.
        desk.get(app.url("/einlass"));
        wait.until(ExpectedConditions.urlContains("/einlass/" + congressId));
        chooseDesk(desk, wait, "Eingang Nord");

        scan(wait, CONFIRMED_CODE);
        wait.until(ExpectedConditions.textToBe(By.id("check-in-verdict"), "Eingecheckt"));
        assertThat(desk.findElement(By.id("check-in-name")).getText()).isEqualTo("Hanna Petersen");
        assertThat(desk.findElement(By.id("check-in-result")).getText())
                .contains("Nichtmitglied", "unbekannt", "Werkstatt Arbeit", "Bedürfnisse angegeben")
                .doesNotContain("vegetarisch");
        wait.until(ExpectedConditions.textToBe(By.id("check-in-counter"), "1 von 1 eingecheckt"));
        assertThat(inputHasFocus())
                .as("the field keeps the focus for the next scan")
                .isTrue();
        assertThat(desk.findElement(By.cssSelector("#check-in-input input")).getAttribute("value"))
                .isEmpty();
        screenshot("check-in-01-tablet-checked-in");
        assertAccessible("check-in-01-tablet-checked-in");

        // The office's desk counts up by push, without a reload.
        officeWait.until(ExpectedConditions.textToBe(By.id("check-in-counter"), "1 von 1 eingecheckt"));
        assertThat(office.executeScript("return window.ddnNoReload;")).isEqualTo("still here");

        scan(wait, CANCELLED_CODE.toLowerCase(java.util.Locale.ROOT));
        wait.until(ExpectedConditions.textToBe(By.id("check-in-verdict"), "Anmeldung storniert"));
        screenshot("check-in-02-tablet-cancelled");

        scan(wait, CONFIRMED_CODE);
        wait.until(ExpectedConditions.textMatches(
                By.id("check-in-verdict"),
                java.util.regex.Pattern.compile("Bereits eingecheckt um \\d\\d:\\d\\d an Platz Eingang Nord")));
        assertThat(desk.findElement(By.id("check-in-result")).getAttribute("class"))
                .contains("tone-stop");
        assertThat(inputHasFocus()).isTrue();
        screenshot("check-in-03-tablet-already");
        assertAccessible("check-in-03-tablet-already");

        desk.manage().window().setSize(new Dimension(375, 812));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-in-verdict")));
        assertThat(((Number) desk.executeScript("return document.documentElement.scrollWidth;")).intValue())
                .as("no sideways scrolling at 375 px")
                .isLessThanOrEqualTo(375);
        screenshot("check-in-04-phone-already");
        assertAccessible("check-in-04-phone-already");

        scan(wait, "Peters");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-in-matches"), "Hanna Petersen"));
        screenshot("check-in-05-phone-search");
        assertAccessible("check-in-05-phone-search");
    }

    private static WebDriverWait logIn(ChromeDriver browser, String email) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(app.url("/login"));
        BrowserJourney.fillLoginForm(browser, wait, email, DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/start"));
        return wait;
    }

    private static void chooseDesk(ChromeDriver browser, WebDriverWait wait, String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#check-in-desk-name input")))
                .sendKeys(name);
        browser.findElement(By.id("check-in-desk-save")).click();
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

    private static void screenshot(String name) throws IOException {
        File shot = desk.getScreenshotAs(OutputType.FILE);
        Files.copy(
                shot.toPath(),
                new File(Chromium.screenshotDir(), name + ".png").toPath(),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * A published congress today with a paid category, one workshop, Hanna Petersen confirmed (with
     * a workshop seat and dietary needs) and a cancelled registration; Rieke Sommerfeld in the door team.
     */
    private static void insertCongressToday(String database) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ZoneId hamburg = ZoneId.of("Europe/Berlin");
        LocalDate today = LocalDate.now(hamburg);
        Instant nine = today.atTime(9, 0).atZone(hamburg).toInstant();
        try (Connection db = DriverManager.getConnection(database, "sa", "")) {
            congressId = insert(
                    db,
                    "insert into congress (created_at, updated_at, title, description, first_day, day_count,"
                            + " venue_name, venue_address, registration_opens_at, registration_closes_at,"
                            + " cancellation_deadline, capacity, taken, contact_name, contact_email, status)"
                            + " values (?, ?, ?, 'Der Fachkongress.', ?, 1, 'Handelskammer Hamburg',"
                            + " 'Adolphsplatz 1, 20457 Hamburg', ?, ?, ?, 300, 1, 'Kongressbüro',"
                            + " 'kongress@example.org', 'PUBLISHED')",
                    Timestamp.from(now),
                    Timestamp.from(now),
                    TITLE,
                    java.sql.Date.valueOf(today),
                    Timestamp.from(now.minus(Duration.ofDays(30))),
                    Timestamp.from(now.minus(Duration.ofDays(1))),
                    Timestamp.from(now.minus(Duration.ofDays(3))));
            long category = insert(
                    db,
                    "insert into ticket_category (created_at, updated_at, congress_id, name, description, price_gross,"
                            + " vat_rate, quota, taken, eligibility, sort_order)"
                            + " values (?, ?, ?, 'Nichtmitglied', 'Für Gäste', ?, 19, 100, 1, 'EVERYONE', 1)",
                    Timestamp.from(now),
                    Timestamp.from(now),
                    congressId,
                    new BigDecimal("89.00"));
            long room = insert(
                    db,
                    "insert into congress_room (created_at, updated_at, congress_id, name, capacity)"
                            + " values (?, ?, ?, 'Raum Elbe', 30)",
                    Timestamp.from(now),
                    Timestamp.from(now),
                    congressId);
            long slot = insert(
                    db,
                    "insert into congress_slot (created_at, updated_at, congress_id, day_number, starts_at, ends_at)"
                            + " values (?, ?, ?, 1, ?, ?)",
                    Timestamp.from(now),
                    Timestamp.from(now),
                    congressId,
                    Timestamp.from(nine.plus(Duration.ofHours(2))),
                    Timestamp.from(nine.plus(Duration.ofHours(3))));
            long workshop = insert(
                    db,
                    "insert into congress_session (created_at, updated_at, congress_id, slot_id, room_id, session_type,"
                            + " title, abstract_text, capacity, taken, status)"
                            + " values (?, ?, ?, ?, ?, 'WORKSHOP', 'Werkstatt Arbeit', 'Ein Workshop.', 20, 1,"
                            + " 'SCHEDULED')",
                    Timestamp.from(now),
                    Timestamp.from(now),
                    congressId,
                    slot,
                    room);
            long hanna = registration(
                    db,
                    now,
                    category,
                    "hanna",
                    "Hanna",
                    "Petersen",
                    "Hafen Akademie",
                    CONFIRMED_CODE,
                    "CONFIRMED",
                    "vegetarisch");
            insert(
                    db,
                    "insert into congress_session_choice (created_at, updated_at, registration_id, slot_id, session_id,"
                            + " status, chosen_at) values (?, ?, ?, ?, ?, 'SEATED', ?)",
                    Timestamp.from(now),
                    Timestamp.from(now),
                    hanna,
                    slot,
                    workshop,
                    Timestamp.from(now));
            registration(
                    db, now, category, "carla", "Carla", "Cordes", "Elbwerk GmbH", CANCELLED_CODE, "CANCELLED", null);
            try (PreparedStatement role = db.prepareStatement(
                    "insert into member_role (member_id, role) select id, 'CHECK_IN' from member where email = ?")) {
                role.setString(1, HELPER);
                assertThat(role.executeUpdate()).as("the demo member exists").isOne();
            }
        }
    }

    private static long registration(
            Connection db,
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
        return insert(
                db,
                "insert into congress_registration (created_at, updated_at, congress_id, category_id, person_key,"
                        + " email, first_name, last_name, organisation, ticket_code, status, registered_at,"
                        + " confirmed_at, language, dietary_needs, health_consent_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'de', ?, ?)",
                Timestamp.from(now),
                Timestamp.from(now),
                congressId,
                category,
                "g:" + key + "@example.org",
                key + "@example.org",
                firstName,
                lastName,
                organisation,
                code,
                status,
                Timestamp.from(now),
                Timestamp.from(now),
                dietaryNeeds,
                dietaryNeeds == null ? null : Timestamp.from(now));
    }

    /** Inserts a row and returns its id. */
    private static long insert(Connection db, String sql, Object... values) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
