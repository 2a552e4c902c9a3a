package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
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
 * The congress in the packaged app with a real SMTP server: (1) a guest registers with a workshop
 * choice, (2) confirms by the link in the mail and sees the ticket's QR code; a second guest, on a
 * phone, joins the waiting list of the full workshop and confirms too; (3) a member changes their
 * workshop in "Meine Anmeldung", and (4) the seat they free goes to that first waiting guest, who is
 * mailed. Screenshots at 1280 and 375 px go to target/screenshots.
 *
 * <p>The congress is written into the app's database before the browser starts (as in
 * {@link EventJourneyIT}), with the member holding the one seat of "Werkstatt Lernen": the
 * programme editor is not part of this journey. The waiting guest comes through the wizard, so the
 * app's own registration service puts her on the waiting list.
 */
class CongressJourneyIT {

    private static final String TITLE = "Lernen und Arbeiten im 21. Jahrhundert";
    private static final String DEMO_PASSWORD = "ddn-demo-passwort";
    /** A demo member who is not registered for the demo congress: "Meine Anmeldung" shows only ours. */
    private static final String MEMBER = "ute.claussen@example.org";

    @AutoClose
    private static BrowserJourney journey;

    private static long congressId;
    private static long slotId;
    private static long memberRegistrationId;

    @BeforeAll
    static void start() throws Exception {
        journey = BrowserJourney.start(SharedApp.OWN_CONGRESSES);
        insertCongress();
    }

    @Test
    void a_guest_registers_and_confirms_then_a_members_change_of_workshop_promotes_the_first_waiting()
            throws Exception {
        ChromeDriver browser = journey.browser();
        journey.open("/kongress/" + congressId + "/anmelden");
        journey.waitForText("#wizard-step-counter", "Schritt 1 von 5");
        journey.screenshot("congress-journey-01-wizard-desktop");
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
        journey.screenshot("congress-journey-02-wizard-sessions-desktop");
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
        journey.screenshot("congress-journey-03-wizard-summary-desktop");
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
        journey.screenshot("congress-journey-04-guest-ticket");

        // The same wizard on a 375 px phone.
        browser.manage().window().setSize(new Dimension(375, 812));
        journey.open("/kongress/" + congressId + "/anmelden");
        journey.waitForText("#wizard-step-counter", "Schritt 1 von 5");
        journey.screenshot("congress-journey-05-wizard-phone");
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
        journey.screenshot("congress-journey-06-wizard-sessions-phone");
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth;")).intValue())
                .as("no sideways scrolling at 375 px")
                .isLessThanOrEqualTo(375);
        // Paula stays on the waiting list of the full "Werkstatt Lernen" and confirms her address.
        journey.press(By.id("wizard-next"));
        journey.waitForText("#wizard-step-counter", "Schritt 4 von 6");
        journey.press(By.id("wizard-next"));
        journey.waitForText("#wizard-step-counter", "Schritt 5 von 6");
        journey.type("#wizard-billing-street input", "Brandstwiete 4");
        journey.type("#wizard-billing-postcode input", "20457");
        journey.type("#wizard-billing-city input", "Hamburg" + Keys.TAB);
        journey.press(By.id("wizard-next"));
        journey.waitForText("#wizard-step-counter", "Schritt 6 von 6");
        journey.waitForText("#summary-overview", "Warteliste");
        browser.findElement(By.id("wizard-consent")).click();
        journey.press(By.id("wizard-submit"));
        journey.waitForText("#wizard-done", "paula.phone@example.org");
        browser.get(BrowserJourney.linkIn(journey.mailTo("paula.phone@example.org", 1), "/kongress/gast/bestaetigen"));
        journey.press(By.id("confirm-action"));
        journey.waitForText("#confirm-done", "Ihre Anmeldung ist bestätigt");
        assertThat(text(journey.mailTo("paula.phone@example.org", 2)))
                .contains("Werkstatt Lernen – Warteliste, Position 1");

        // 3. A member changes the workshop in "Meine Anmeldung": from the full one to the other.
        browser.manage().window().setSize(new Dimension(1280, 900));
        journey.logIn(MEMBER, DEMO_PASSWORD);
        journey.open("/kongress/meine-anmeldung");
        String registration = "#registration-" + memberRegistrationId;
        journey.waitForText(registration + " #mine-choice-" + slotId, "Werkstatt Lernen");
        showSessions();
        journey.screenshot("congress-journey-07-my-registration");
        journey.press(By.cssSelector(registration + " #mine-change-" + slotId));
        journey.waitForText(
                "#change-session-note", "Wenn Sie wechseln, geben Sie Ihren Platz in „Werkstatt Lernen“ frei");
        journey.press(By.cssSelector(
                "#change-session-dialog #wizard-slot-" + slotId + " vaadin-radio-button:nth-of-type(1)"));
        journey.screenshot("congress-journey-08-change-workshop-dialog");
        journey.press(By.id("change-session-confirm"));
        journey.waitForText(registration + " #mine-choice-" + slotId, "Werkstatt Arbeit");
        showSessions();
        journey.screenshot("congress-journey-09-my-registration-changed");
        assertThat(journey.mailTo(MEMBER, 1).getSubject()).startsWith("Ihre Anmeldung wurde geändert");

        // 4. The freed seat goes to the first waiting, who is mailed, and her registration shows it.
        MimeMessage promoted = journey.mailTo("paula.phone@example.org", 3);
        assertThat(promoted.getSubject()).isEqualTo("Ein Platz ist frei geworden: " + TITLE);
        assertThat(text(promoted))
                .startsWith("Guten Tag,")
                .contains(": Werkstatt Lernen")
                .doesNotContain("Position 1");
        browser.manage().deleteAllCookies();
        browser.get(BrowserJourney.linkIn(promoted, "/kongress/anmeldung"));
        journey.waitForText("#mine-choice-" + slotId, "Werkstatt Lernen");
        assertThat(browser.findElement(By.id("mine-choice-" + slotId)).getText())
                .doesNotContain("Warteliste");
        showSessions();
        journey.screenshot("congress-journey-10-promoted-guest");
    }

    /** Scrolls "Meine Anmeldung" to the sessions, which the screenshots are about. */
    private static void showSessions() {
        journey.browser().executeScript("document.getElementById('mine-sessions').scrollIntoView({block: 'start'});");
    }

    /**
     * A published congress open for registration: a paid category for everybody, one slot with two
     * workshops, of which "Werkstatt Lernen" has one seat, taken already by the demo member
     * {@link #MEMBER}.
     */
    private static void insertCongress() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(40);
        Instant nine = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
        try (Connection db = journey.database()) {
            CongressRows rows = new CongressRows(db, now);
            congressId = rows.congress(
                    TITLE,
                    "Fachkongress zur Digitalisierung der Arbeitswelt",
                    day,
                    now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(30)),
                    now.plus(Duration.ofDays(35)));
            long category = rows.guestCategory(congressId, "Für Gäste ohne Mitgliedschaft");
            long roomA = rows.room(congressId, "Saal 1", 40);
            long roomB = rows.room(congressId, "Saal 2", 40);
            slotId = rows.slot(congressId, nine, nine.plus(Duration.ofMinutes(90)));
            rows.workshop(congressId, slotId, roomA, "Werkstatt Arbeit", 20, 0);
            long full = rows.workshop(congressId, slotId, roomB, "Werkstatt Lernen", 1, 1);
            // The member holding the one seat of "Werkstatt Lernen".
            long member = memberId(db, MEMBER);
            Timestamp at = Timestamp.from(now);
            memberRegistrationId = rows.insert(
                    "insert into congress_registration (created_at, updated_at, congress_id, category_id, member_id,"
                            + " person_key, email, first_name, last_name, ticket_code, status, registered_at,"
                            + " confirmed_at, language)"
                            + " values (?, ?, ?, ?, ?, ?, ?, 'Ute', 'Claussen', 'ABCD-EFGH-JKLM-NPQR', 'CONFIRMED', ?, ?,"
                            + " 'de')",
                    at,
                    at,
                    congressId,
                    category,
                    member,
                    "m:" + member,
                    MEMBER,
                    at,
                    at);
            rows.seat(memberRegistrationId, slotId, full);
        }
    }

    /** The mail's text, decoded: the plain-text part of a mail with attachments. */
    private static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String text && part.isMimeType("text/plain")) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static long memberId(Connection db, String email) throws Exception {
        try (PreparedStatement query = db.prepareStatement("select id from member where email = ?")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("demo member %s", email).isTrue();
                return row.getLong(1);
            }
        }
    }
}
