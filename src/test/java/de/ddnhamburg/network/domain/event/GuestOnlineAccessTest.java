package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Guests with a confirmed online seat get the access link (issue 12, point 12): in the reminder
 * and on the pages their links open. A guest who waits, has an in-person seat or has not confirmed
 * the address does not.
 */
@IntegrationTest
class GuestOnlineAccessTest {

    private static final String LINK = "https://meet.example.org/runde";

    @Autowired
    EventService events;

    @Autowired
    GuestRegistrationService guests;

    @Autowired
    EventReminders reminders;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void the_pages_of_the_links_give_the_link_only_for_a_confirmed_address_with_a_confirmed_online_seat() {
        EventDraft draft = hybrid(2, 1);
        long id = Events.published(testMembers, events, draft);
        GuestMailbox mailbox = new GuestMailbox(jdbc);
        String online = register(id, "online", SeatKind.ONLINE, Locale.GERMAN);
        String waiting = register(id, "wartend", SeatKind.ONLINE, Locale.GERMAN);
        String inPerson = register(id, "vorort", SeatKind.IN_PERSON, Locale.GERMAN);

        GuestRegistrationSummary unconfirmed =
                guests.checkConfirmation(GuestMailbox.confirmToken(mailbox.last(online)));
        assertThat(unconfirmed.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(unconfirmed.onlineLink())
                .as("the address is not confirmed yet")
                .isNull();

        GuestRegistrationSummary confirmed = guests.confirm(GuestMailbox.confirmToken(mailbox.last(online)));
        assertThat(confirmed.onlineLink()).isEqualTo(LINK);
        assertThat(guests.checkCancellation(GuestMailbox.cancelToken(mailbox.last(online)))
                        .onlineLink())
                .isEqualTo(LINK);

        GuestRegistrationSummary onTheList = guests.confirm(GuestMailbox.confirmToken(mailbox.last(waiting)));
        assertThat(onTheList.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(onTheList.onlineLink()).isNull();
        assertThat(guests.checkCancellation(GuestMailbox.cancelToken(mailbox.last(waiting)))
                        .onlineLink())
                .isNull();

        GuestRegistrationSummary seated = guests.confirm(GuestMailbox.confirmToken(mailbox.last(inPerson)));
        assertThat(seated.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(seated.onlineLink()).isNull();

        // The online guest cancels: the waiting one moves up and now finds the link on the page.
        String cancel = GuestMailbox.cancelToken(mailbox.last(online));
        assertThat(guests.cancel(cancel).onlineLink()).as("cancelled").isNull();
        assertThat(guests.checkCancellation(GuestMailbox.cancelToken(mailbox.last(waiting)))
                        .onlineLink())
                .isEqualTo(LINK);
    }

    @Test
    void the_reminder_carries_the_link_to_confirmed_online_guests_in_their_language_and_to_nobody_else() {
        EventDraft draft = hybrid(2, 2);
        long id = Events.published(testMembers, events, draft);
        GuestMailbox mailbox = new GuestMailbox(jdbc);
        String english = register(id, "englisch", SeatKind.ONLINE, Locale.ENGLISH);
        String german = register(id, "deutsch", SeatKind.ONLINE, Locale.GERMAN);
        String waiting = register(id, "wartend", SeatKind.ONLINE, Locale.GERMAN);
        String inPerson = register(id, "vorort", SeatKind.IN_PERSON, Locale.ENGLISH);
        String unconfirmed = register(id, "offen", SeatKind.IN_PERSON, Locale.GERMAN);
        for (String confirming : List.of(english, german, waiting, inPerson)) {
            guests.confirm(GuestMailbox.confirmToken(mailbox.last(confirming)));
        }
        // The unconfirmed hold would run out before the reminder; keep it, to see it gets none.
        jdbc.update(
                "update event_registration set hold_expires_at = ? where guest_email = ?",
                java.sql.Timestamp.from(draft.startsAt().plus(Duration.ofDays(1))),
                unconfirmed);

        clock.set(draft.startsAt().minus(Duration.ofHours(23)));
        reminders.sendDueReminders();

        Map<String, @Nullable Object> toEnglish = reminder(english);
        assertThat(toEnglish.get("template")).isEqualTo("eventReminderOnline");
        assertThat((String) toEnglish.get("subject")).startsWith("Reminder: ");
        assertThat((String) toEnglish.get("body")).contains("Your link to join online: " + LINK);
        Map<String, @Nullable Object> toGerman = reminder(german);
        assertThat(toGerman.get("template")).isEqualTo("eventReminderOnline");
        assertThat((String) toGerman.get("subject")).startsWith("Erinnerung: ");
        assertThat((String) toGerman.get("body")).contains("Ihr Zugang zur Online-Teilnahme: " + LINK);

        Map<String, @Nullable Object> toInPerson = reminder(inPerson);
        assertThat(toInPerson.get("template")).isEqualTo("eventReminder");
        assertThat((String) toInPerson.get("body"))
                .contains("Venue: Rathaus Hamburg")
                .doesNotContain(LINK);
        assertThat(reminders(waiting)).as("waiting").isEmpty();
        assertThat(reminders(unconfirmed)).as("address not confirmed").isEmpty();
        assertThat(jdbc.queryForList(
                        "select body from outbox_mail where recipient in (?, ?, ?)",
                        String.class,
                        waiting,
                        unconfirmed,
                        inPerson))
                .as("no mail to them carries the link")
                .allSatisfy(body -> assertThat(body).doesNotContain(LINK));
    }

    private EventDraft hybrid(int inPerson, int online) {
        return Events.draft(clock, EventFormat.HYBRID, inPerson, online)
                .withAudience(EventAudience.PUBLIC, null, Set.of(), true);
    }

    private String register(long eventId, String name, SeatKind kind, Locale language) {
        String email = Contacts.uniqueEmail(name);
        guests.register(eventId, new GuestRegistrationRequest("Gina " + name, email, null, kind, true, language));
        return email;
    }

    private Map<String, @Nullable Object> reminder(String email) {
        List<Map<String, @Nullable Object>> found = reminders(email);
        assertThat(found).as(email).hasSize(1);
        return Objects.requireNonNull(found.getFirst());
    }

    private List<Map<String, @Nullable Object>> reminders(String email) {
        return jdbc.queryForList(
                "select template, subject, body from outbox_mail where recipient = ? and fact_key like 'event.reminder:%'",
                email);
    }
}
