package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 16, "Wen habe ich getroffen?", in the packaged app with a real SMTP server: two members
 * were at an event yesterday; one sends a thank-you from the list of people met, the other gets
 * the mail, accepts the contact and sees on the profile where the two met. The event and the two
 * registrations are written into the shared app's database ({@link SharedApp}).
 */
class PeopleMetJourneyIT {

    private static final String DEMO_PASSWORD = "ddn-demo-passwort";
    // Two demo members no other browser IT uses, so that no other journey has made them contacts.
    private static final String SENDER = "henning.brandt@example.org";
    private static final String RECIPIENT = "birte.lorenzen@example.org";
    private static final String TITLE = "Nachgespräch Fachkräftesicherung";

    @AutoClose
    private static BrowserJourney journey;

    private static long eventId;
    private static long senderId;
    private static long recipientId;

    @BeforeAll
    static void start() throws Exception {
        journey = BrowserJourney.start();
        try (Connection connection = journey.database()) {
            senderId = memberId(connection, SENDER);
            recipientId = memberId(connection, RECIPIENT);
            eventId = insertEventOfYesterday(connection);
            register(connection, senderId);
            register(connection, recipientId);
        }
    }

    @Test
    void a_participant_thanks_another_who_accepts_and_sees_where_they_met() throws Exception {
        journey.logIn(SENDER, DEMO_PASSWORD);
        journey.open("/veranstaltungen/" + eventId);
        journey.press(By.id("event-people-met-link"));
        journey.waitForText("#people-met-lead", TITLE);
        journey.press(By.id("thank-" + recipientId));
        journey.until(ExpectedConditions.visibilityOfElementLocated(By.id("contact-dialog-met-at")));
        journey.press(By.id("send-contact-request"));
        journey.waitForText("#person-met-state-" + recipientId, "Anfrage gesendet");

        MimeMessage mail = journey.mailTo(RECIPIENT, 1);
        assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "")).contains("Gespr");
        String contacts = BrowserJourney.linkIn(mail, "/kontakte");

        ChromeDriver other = journey.anotherBrowser();
        WebDriverWait otherWait = journey.logIn(other, RECIPIENT, DEMO_PASSWORD);
        other.get(contacts);
        otherWait
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[id^='accept-']")))
                .click();
        other.get(journey.app().url("/mitglieder/" + senderId));
        otherWait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("profile-met-at"), "Kennengelernt bei " + TITLE));
        BrowserJourney.screenshot(other, "people-met-kennengelernt-bei");
    }

    private static long memberId(Connection connection, String email) throws Exception {
        try (PreparedStatement select = connection.prepareStatement("select id from member where email = ?")) {
            select.setString(1, email);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("demo member %s", email).isTrue();
                return row.getLong(1);
            }
        }
    }

    /** A members' event in person that started yesterday at this time and lasted two hours. */
    private static long insertEventOfYesterday(Connection connection) throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into event (version, created_at, updated_at, title, event_type, description, starts_at,
                    ends_at, format, venue, in_person_capacity, in_person_taken, status, audience, guests_allowed)
                values (0, ?, ?, ?, 'NETWORK_MEETING', 'Austausch nach dem Kongress.', ?, ?, 'IN_PERSON',
                    'Handelskammer Hamburg', 20, 2, 'PUBLISHED', 'MEMBERS', false)""", new String[] {"id"})) {
            insert.setTimestamp(1, Timestamp.from(start.minus(Duration.ofDays(14))));
            insert.setTimestamp(2, Timestamp.from(start.minus(Duration.ofDays(14))));
            insert.setString(3, TITLE);
            insert.setTimestamp(4, Timestamp.from(start));
            insert.setTimestamp(5, Timestamp.from(start.plus(Duration.ofHours(2))));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A confirmed seat, shown in the participant list. */
    private static void register(Connection connection, long memberId) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into event_registration (version, created_at, updated_at, event_id, member_id, seat_kind,
                    status, registered_at, show_as_participant)
                values (0, ?, ?, ?, ?, 'IN_PERSON', 'CONFIRMED', ?, true)""")) {
            insert.setTimestamp(1, now);
            insert.setTimestamp(2, now);
            insert.setLong(3, eventId);
            insert.setLong(4, memberId);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
        }
    }
}
