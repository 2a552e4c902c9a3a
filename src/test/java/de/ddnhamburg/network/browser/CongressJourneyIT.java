package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A guest registers for the congress in the packaged app with a real SMTP server: the wizard with a
 * workshop choice, the confirmation link from the mail, then the ticket's QR code on the page.
 * Screenshots of the wizard at 1280 and 375 px go to target/screenshots.
 *
 * <p>The congress is written into the app's database before the browser starts (as in
 * {@link EventJourneyIT}): the programme editor is not part of this journey.
 */
class CongressJourneyIT {

    private static final String TITLE = "Lernen und Arbeiten im 21. Jahrhundert";

    @AutoClose
    private static BrowserJourney journey;

    private static long congressId;
    private static long slotId;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("ddn-congress-journey-data");
        String database = "jdbc:h2:file:" + data.toAbsolutePath() + "/ddn-network;AUTO_SERVER=TRUE";
        journey = BrowserJourney.start(data, "--spring.datasource.url=" + database);
        insertCongress(database);
    }

    @Test
    void a_guest_registers_with_a_workshop_confirms_by_mail_and_sees_the_ticket() throws Exception {
        ChromeDriver browser = journey.browser();
        journey.open("/kongress/" + congressId + "/anmelden");
        journey.waitForText("#wizard-step-counter", "Schritt 1 von 5");
        journey.screenshot("congress-01-wizard-desktop");
        journey.type("#wizard-first-name input", "Gesa");
        journey.type("#wizard-last-name input", "Gast");
        journey.type("#wizard-email input", "gesa.kongress@example.org");
        // A real click leaves the field, which sends its value; the scripted click does not, so Tab does.
        journey.type("#wizard-organisation input", "Pflegedienst Elbufer" + Keys.TAB);
        journey.press(By.id("wizard-next"));

        journey.waitForText("#wizard-step-counter", "Schritt 2 von 5");
        journey.press(By.cssSelector("#wizard-category vaadin-radio-button"));
        journey.waitForText("#wizard-step-counter", "von 6");
        journey.press(By.id("wizard-next"));

        journey.waitForText("#wizard-step-counter", "Schritt 3 von 6");
        // Sorted by title: "Werkstatt Arbeit" (20 seats) first, "Werkstatt Lernen" (full) second.
        journey.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#wizard-slot-" + slotId + " vaadin-radio-button"), 2));
        journey.press(By.cssSelector("#wizard-slot-" + slotId + " vaadin-radio-button:nth-of-type(2)"));
        journey.waitForText("#wizard-waiting-" + slotId, "Warteliste an Position 1");
        journey.screenshot("congress-02-wizard-sessions-desktop");
        journey.press(By.cssSelector("#wizard-slot-" + slotId + " vaadin-radio-button:nth-of-type(1)"));
        journey.press(By.id("wizard-next"));

        journey.waitForText("#wizard-step-counter", "Schritt 4 von 6");
        journey.press(By.id("wizard-next"));
        journey.waitForText("#wizard-step-counter", "Schritt 5 von 6");
        journey.type("#wizard-billing-street input", "Adolphsplatz 1");
        journey.type("#wizard-billing-postcode input", "20457");
        journey.type("#wizard-billing-city input", "Hamburg" + Keys.TAB);
        journey.press(By.id("wizard-next"));

        journey.waitForText("#wizard-step-counter", "Schritt 6 von 6");
        journey.waitForText("#summary-overview", "„Werkstatt Arbeit“: Sie haben einen Platz.");
        browser.findElement(By.id("wizard-consent")).click();
        journey.screenshot("congress-03-wizard-summary-desktop");
        journey.press(By.id("wizard-submit"));
        journey.waitForText("#wizard-done", "gesa.kongress@example.org");

        String confirm =
                BrowserJourney.linkIn(journey.mailTo("gesa.kongress@example.org", 1), "/kongress/gast/bestaetigen");
        browser.get(confirm);
        journey.press(By.id("confirm-action"));
        journey.waitForText("#confirm-done", "Ihre Anmeldung ist bestätigt");
        WebElement code = journey.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-code")));
        assertThat(code.getText()).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}");
        WebElement qr = browser.findElement(By.id("ticket-qr"));
        journey.until(driver ->
                ((Number) browser.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", qr))
                                .intValue()
                        > 0);
        journey.screenshot("congress-04-guest-ticket");

        // The same wizard on a 375 px phone.
        browser.manage().window().setSize(new Dimension(375, 812));
        journey.open("/kongress/" + congressId + "/anmelden");
        journey.waitForText("#wizard-step-counter", "Schritt 1 von 5");
        journey.screenshot("congress-05-wizard-phone");
        journey.type("#wizard-first-name input", "Paula");
        journey.type("#wizard-last-name input", "Phone");
        journey.type("#wizard-email input", "paula.phone@example.org" + Keys.TAB);
        journey.press(By.id("wizard-next"));
        journey.waitForText("#wizard-step-counter", "Schritt 2 von 5");
        journey.press(By.cssSelector("#wizard-category vaadin-radio-button"));
        journey.press(By.id("wizard-next"));
        journey.waitForText("#wizard-step-counter", "Schritt 3 von 6");
        journey.press(By.cssSelector("#wizard-slot-" + slotId + " vaadin-radio-button:nth-of-type(2)"));
        journey.waitForText("#wizard-waiting-" + slotId, "Warteliste an Position 1");
        journey.screenshot("congress-06-wizard-sessions-phone");
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth;")).intValue())
                .as("no sideways scrolling at 375 px")
                .isLessThanOrEqualTo(375);
    }

    /**
     * A published congress open for registration: a paid category for everybody, one slot with two
     * workshops, of which "Werkstatt Lernen" has one seat, taken already.
     */
    private static void insertCongress(String database) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(40);
        Instant nine = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
        try (Connection db = DriverManager.getConnection(database, "sa", "")) {
            congressId = insert(
                    db,
                    "insert into congress (created_at, updated_at, title, subtitle, description, first_day, day_count,"
                            + " venue_name, venue_address, registration_opens_at, registration_closes_at,"
                            + " cancellation_deadline, capacity, taken, contact_name, contact_email, status)"
                            + " values (?, ?, ?, 'Fachkongress zur Digitalisierung der Arbeitswelt', 'Der Fachkongress.',"
                            + " ?, 1, 'Handelskammer Hamburg', 'Adolphsplatz 1, 20457 Hamburg', ?, ?, ?, 300, 1,"
                            + " 'Kongressbüro', 'kongress@example.org', 'PUBLISHED')",
                    Timestamp.from(now),
                    Timestamp.from(now),
                    TITLE,
                    java.sql.Date.valueOf(day),
                    Timestamp.from(now.minus(Duration.ofDays(1))),
                    Timestamp.from(now.plus(Duration.ofDays(30))),
                    Timestamp.from(now.plus(Duration.ofDays(35))));
            long category = insert(
                    db,
                    "insert into ticket_category (created_at, updated_at, congress_id, name, description, price_gross,"
                            + " vat_rate, quota, taken, eligibility, sort_order)"
                            + " values (?, ?, ?, 'Nichtmitglied', 'Für Gäste ohne Mitgliedschaft', ?, 19, 100, 1,"
                            + " 'EVERYONE', 1)",
                    Timestamp.from(now),
                    Timestamp.from(now),
                    congressId,
                    new BigDecimal("89.00"));
            long roomA = room(db, now, "Saal 1");
            long roomB = room(db, now, "Saal 2");
            slotId = insert(
                    db,
                    "insert into congress_slot (created_at, updated_at, congress_id, day_number, starts_at, ends_at)"
                            + " values (?, ?, ?, 1, ?, ?)",
                    Timestamp.from(now),
                    Timestamp.from(now),
                    congressId,
                    Timestamp.from(nine),
                    Timestamp.from(nine.plus(Duration.ofMinutes(90))));
            workshop(db, now, roomA, "Werkstatt Arbeit", 20, 0);
            long full = workshop(db, now, roomB, "Werkstatt Lernen", 1, 1);
            // The person holding the one seat of "Werkstatt Lernen".
            long holder = insert(
                    db,
                    "insert into congress_registration (created_at, updated_at, congress_id, category_id, person_key,"
                            + " email, first_name, last_name, ticket_code, status, registered_at, confirmed_at,"
                            + " language)"
                            + " values (?, ?, ?, ?, 'g:frueh@example.org', 'frueh@example.org', 'Frieda', 'Früh',"
                            + " 'ABCDEFGHJKLMNPQR', 'CONFIRMED', ?, ?, 'de')",
                    Timestamp.from(now),
                    Timestamp.from(now),
                    congressId,
                    category,
                    Timestamp.from(now),
                    Timestamp.from(now));
            insert(
                    db,
                    "insert into congress_session_choice (created_at, updated_at, registration_id, slot_id, session_id,"
                            + " status, chosen_at) values (?, ?, ?, ?, ?, 'SEATED', ?)",
                    Timestamp.from(now),
                    Timestamp.from(now),
                    holder,
                    slotId,
                    full,
                    Timestamp.from(now));
        }
    }

    private static long room(Connection db, Instant now, String name) throws Exception {
        return insert(
                db,
                "insert into congress_room (created_at, updated_at, congress_id, name, capacity) values (?, ?, ?, ?, 40)",
                Timestamp.from(now),
                Timestamp.from(now),
                congressId,
                name);
    }

    private static long workshop(Connection db, Instant now, long room, String title, int capacity, int taken)
            throws Exception {
        return insert(
                db,
                "insert into congress_session (created_at, updated_at, congress_id, slot_id, room_id, session_type,"
                        + " title, abstract_text, capacity, taken, status)"
                        + " values (?, ?, ?, ?, ?, 'WORKSHOP', ?, 'Ein Workshop.', ?, ?, 'SCHEDULED')",
                Timestamp.from(now),
                Timestamp.from(now),
                congressId,
                slotId,
                room,
                title,
                capacity,
                taken);
    }

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
