package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Guests and members at one public event, in the packaged app with a real SMTP server: a guest
 * registers without an account, confirms by the link in the mail and sees the seat; a member fills
 * the last seat, and the next member lands on the waiting list.
 *
 * <p>The event is written into the app's database before the browser starts (the shared app runs
 * its H2 file with AUTO_SERVER, so this test can connect too): creating events in the UI is not
 * part of this journey.
 */
class EventJourneyIT {

    private static final String DEMO_PASSWORD = "ddn-demo-passwort";
    private static final String TITLE = "Demografiefeste Personalarbeit – Gastrunde";

    // JUnit closes it after all tests, and leaves it alone if the start failed before assigning it.
    @AutoClose
    private static BrowserJourney journey;

    private static long eventId;

    @BeforeAll
    static void start() throws Exception {
        journey = BrowserJourney.start();
        eventId = insertPublicHybridEvent();
    }

    @Test
    void a_guest_registers_and_confirms_by_mail_then_members_fill_the_last_seat_and_the_waiting_list()
            throws Exception {
        ChromeDriver browser = journey.browser();
        // A guest, without an account, takes one of the two seats in person.
        journey.open("/veranstaltungen/" + eventId);
        journey.waitForText("#event-title", TITLE);
        journey.waitForText("#event-seats", "2 von 2 frei");
        journey.type("#guest-name input", "Gesa Gast");
        journey.type("#guest-email input", "gesa.gast@example.org");
        journey.type("#guest-organisation input", "Pflegedienst Elbufer");
        journey.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#guest-seat vaadin-radio-button")))
                .click();
        browser.findElement(By.cssSelector("#guest-consent input")).click();
        journey.screenshot("event-01-guest-form");
        browser.findElement(By.id("guest-submit")).click();
        journey.waitForText("#guest-done", "Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail");

        String confirm =
                BrowserJourney.linkIn(journey.mailTo("gesa.gast@example.org", 1), "/veranstaltungen/gast/bestaetigen");
        browser.get(confirm);
        journey.until(ExpectedConditions.elementToBeClickable(By.id("guest-link-action")))
                .click();
        journey.waitForText("#guest-link-done", "Sie haben einen Platz (vor Ort)");
        journey.screenshot("event-02-guest-confirmed");
        assertThat(GreenMailUtil.getBody(journey.mailTo("gesa.gast@example.org", 2)))
                .contains("/veranstaltungen/gast/abmelden");
        browser.findElement(By.id("guest-event-link")).click();
        journey.waitForText("#event-seats", "1 von 2 frei");

        // A member takes the last seat in person.
        journey.logIn("rieke.sommerfeld@example.org", DEMO_PASSWORD);
        journey.open("/veranstaltungen/" + eventId);
        journey.until(ExpectedConditions.elementToBeClickable(By.id("event-register-in-person")))
                .click();
        journey.waitForText("#event-my-status", "Sie sind angemeldet (vor Ort).");
        journey.waitForText("#event-seats", "0 von 2 frei");
        journey.screenshot("event-03-member-last-seat");

        // The next member lands on the waiting list.
        browser.manage().deleteAllCookies();
        journey.logIn("claudia.harms@example.org", DEMO_PASSWORD);
        journey.open("/veranstaltungen/" + eventId);
        journey.until(ExpectedConditions.elementToBeClickable(By.id("event-register-in-person")))
                .click();
        journey.waitForText("#event-my-status", "Warteliste an Position 1");
        journey.screenshot("event-04-member-waiting");
    }

    /**
     * A published public hybrid event that takes guests: two seats in person, twenty online, in 45
     * days, after the demo events: the ITs that open the first event of the list on the same app
     * ({@link SharedApp}) and register for it must not find this one.
     */
    private static long insertPublicHybridEvent() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant start = now.plus(Duration.ofDays(45));
        try (Connection connection = journey.database();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into event (version, created_at, updated_at, title, event_type, description, starts_at,
                            ends_at, format, venue, online_link, in_person_capacity, online_capacity, status, audience,
                            guests_allowed, address)
                        values (0, ?, ?, ?, 'SPECIALIST_EVENT', ?, ?, ?, 'HYBRID', 'Handelskammer Hamburg',
                            'https://meet.example.org/personalarbeit', 2, 20, 'PUBLISHED', 'PUBLIC', true,
                            'Adolphsplatz 1, 20457 Hamburg')""", new String[] {"id"})) {
            insert.setTimestamp(1, Timestamp.from(now));
            insert.setTimestamp(2, Timestamp.from(now));
            insert.setString(3, TITLE);
            insert.setString(4, "Wie Unternehmen ihre Personalarbeit auf alternde Belegschaften einstellen.");
            insert.setTimestamp(5, Timestamp.from(start));
            insert.setTimestamp(6, Timestamp.from(start.plus(Duration.ofHours(3))));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
