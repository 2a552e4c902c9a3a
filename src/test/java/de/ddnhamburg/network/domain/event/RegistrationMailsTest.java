package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Calendars;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.fortuna.ical4j.model.component.VEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mails of a registration: confirmation or waiting list with the .ics, and the reminder the day before. */
@IntegrationTest
class RegistrationMailsTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    EventReminders reminders;

    @Autowired
    GuestRegistrationService guests;

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
    void registering_mails_a_confirmation_or_the_waiting_list_with_the_event_as_ics_once() {
        long id = Events.published(testMembers, events, Events.draft(clock, EventFormat.ONLINE, null, 1));
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        RegistrationSummary annas = Acting.as(anna, () -> registrations.register(id, SeatKind.ONLINE));
        Acting.run(anna, () -> registrations.register(id, SeatKind.ONLINE));
        RegistrationSummary berts = Acting.as(bert, () -> registrations.register(id, SeatKind.ONLINE));

        Map<String, @Nullable Object> confirmation = onlyMail("event.registered:" + annas.id() + ":%");
        assertThat(confirmation.get("template")).isEqualTo("eventRegistered");
        assertThat((String) confirmation.get("subject")).startsWith("Anmeldung bestätigt: ");
        assertThat(confirmation.get("attachment_name")).isEqualTo("veranstaltung-" + id + ".ics");
        assertThat(confirmation.get("attachment_type")).isEqualTo("text/calendar; charset=UTF-8; method=PUBLISH");
        VEvent seat = Calendars.only((String) confirmation.get("attachment_content"));
        assertThat(Calendars.property(seat, "UID")).isEqualTo("event-" + id + "@localhost");
        assertThat(Calendars.property(seat, "DESCRIPTION")).contains("https://meet.example.org/runde");

        Map<String, @Nullable Object> waiting = onlyMail("event.registered:" + berts.id() + ":%");
        assertThat(waiting.get("template")).isEqualTo("eventWaitlisted");
        assertThat((String) waiting.get("body")).contains("Warteliste an Position 1");
        VEvent tentative = Calendars.only((String) waiting.get("attachment_content"));
        assertThat(Calendars.property(tentative, "STATUS")).isEqualTo("TENTATIVE");
        assertThat(Calendars.property(tentative, "DESCRIPTION")).doesNotContain("meet.example.org");

        // Anna leaves: Bert moves up and gets the seat's .ics with the link.
        Acting.run(anna, () -> registrations.cancel(annas.id()));
        Map<String, @Nullable Object> promoted = onlyMail("event.promoted:" + berts.id() + ":%");
        assertThat(Calendars.property(Calendars.only((String) promoted.get("attachment_content")), "DESCRIPTION"))
                .contains("https://meet.example.org/runde");
        // Registering again after cancelling is a new fact: a new confirmation (now waiting).
        RegistrationSummary again = Acting.as(anna, () -> registrations.register(id, SeatKind.ONLINE));
        assertThat(mails("event.registered:" + again.id() + ":%")).hasSize(2);
    }

    @Test
    void confirmed_participants_are_reminded_once_the_day_before_online_seats_with_the_link() {
        EventDraft draft = Events.draft(clock, EventFormat.HYBRID, 1, 1);
        long id = Events.published(testMembers, events, draft);
        long cancelledEvent =
                Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 5, null));
        LoginAccount onSite = member("vorort");
        LoginAccount online = member("online");
        LoginAccount waiting = member("wartend");
        LoginAccount leaving = member("storno");
        LoginAccount withdrawn = member("abgemeldet");
        // Had the seat in person first, and gave it up before the reminders went out.
        RegistrationSummary withdrawns = Acting.as(withdrawn, () -> registrations.register(id, SeatKind.IN_PERSON));
        Acting.run(withdrawn, () -> registrations.cancel(withdrawns.id()));
        RegistrationSummary onSites = Acting.as(onSite, () -> registrations.register(id, SeatKind.IN_PERSON));
        RegistrationSummary onlines = Acting.as(online, () -> registrations.register(id, SeatKind.ONLINE));
        RegistrationSummary waitings = Acting.as(waiting, () -> registrations.register(id, SeatKind.ONLINE));
        RegistrationSummary leavings =
                Acting.as(leaving, () -> registrations.register(cancelledEvent, SeatKind.IN_PERSON));
        Acting.run(testMembers.admin(), () -> events.cancel(cancelledEvent));

        reminders.sendDueReminders();
        assertThat(mails("event.reminder:" + onSites.id()))
                .as("a week before: not yet")
                .isEmpty();

        clock.set(draft.startsAt().minus(Duration.ofHours(23)));
        reminders.sendDueReminders();
        reminders.sendDueReminders();

        Map<String, @Nullable Object> toSite = onlyMail("event.reminder:" + onSites.id());
        assertThat(toSite.get("template")).isEqualTo("eventReminder");
        assertThat((String) toSite.get("body")).contains("Ort: Rathaus Hamburg").doesNotContain("meet.example.org");
        Map<String, @Nullable Object> toOnline = onlyMail("event.reminder:" + onlines.id());
        assertThat(toOnline.get("template")).isEqualTo("eventReminderOnline");
        assertThat((String) toOnline.get("body")).contains("https://meet.example.org/runde");
        assertThat(mails("event.reminder:" + waitings.id())).as("waiting").isEmpty();
        assertThat(mails("event.reminder:" + leavings.id()))
                .as("cancelled event")
                .isEmpty();
        assertThat(withdrawns.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(jdbc.queryForObject(
                        "select status from event_registration where id = ?", String.class, withdrawns.id()))
                .isEqualTo("CANCELLED");
        assertThat(mails("event.reminder:" + withdrawns.id()))
                .as("cancelled registration")
                .isEmpty();

        // After the start nobody is reminded any more.
        Acting.run(online, () -> registrations.cancel(onlines.id()));
        clock.set(draft.startsAt().plusSeconds(60));
        assertThat(reminders.sendDueReminders()).isZero();
        assertThat(mails("event.reminder:" + waitings.id())).isEmpty();
        assertThat(mails("event.reminder:" + withdrawns.id())).isEmpty();
    }

    @Test
    void
            confirmed_guests_get_the_ics_and_a_reminder_with_the_online_link_for_their_online_seat_unconfirmed_ones_none() {
        EventDraft draft = Events.draft(clock, EventFormat.HYBRID, 5, 5)
                .withAudience(EventAudience.PUBLIC, null, java.util.Set.of(), true);
        long id = Events.published(testMembers, events, draft);
        GuestMailbox mailbox = new GuestMailbox(jdbc);
        String confirmedEmail = Contacts.uniqueEmail("gast-ics");
        String unconfirmedEmail = Contacts.uniqueEmail("gast-offen");
        guests.register(
                id,
                new GuestRegistrationRequest(
                        "Gerda Gast", confirmedEmail, "Hafen", SeatKind.ONLINE, true, java.util.Locale.ENGLISH));
        guests.register(
                id,
                new GuestRegistrationRequest(
                        "Otto Offen", unconfirmedEmail, "Hafen", SeatKind.IN_PERSON, true, java.util.Locale.GERMAN));
        guests.confirm(GuestMailbox.confirmToken(mailbox.last(confirmedEmail)));
        long guestId = Objects.requireNonNull(jdbc.queryForObject(
                "select id from event_registration where guest_email = ?", Long.class, confirmedEmail));
        long openId = Objects.requireNonNull(jdbc.queryForObject(
                "select id from event_registration where guest_email = ?", Long.class, unconfirmedEmail));

        Map<String, @Nullable Object> seat = onlyMail("event.guest.confirmed:" + guestId + ":%");
        // The guest registered in English, so the file is named in English too.
        assertThat(seat.get("attachment_name")).isEqualTo("event-" + id + ".ics");
        VEvent entry = Calendars.only((String) seat.get("attachment_content"));
        assertThat(Calendars.property(entry, "UID")).isEqualTo("event-" + id + "@localhost");
        assertThat(Calendars.property(entry, "DESCRIPTION")).doesNotContain("meet.example.org");

        // The hold of the unconfirmed guest would run out before; keep it for this test.
        jdbc.update(
                "update event_registration set hold_expires_at = ? where id = ?",
                java.sql.Timestamp.from(draft.startsAt().plus(Duration.ofDays(1))),
                openId);
        clock.set(draft.startsAt().minus(Duration.ofHours(23)));
        reminders.sendDueReminders();

        // Issue 12: a guest who confirmed the address and holds an online seat gets the link, as members do.
        Map<String, @Nullable Object> reminder = onlyMail("event.reminder:" + guestId);
        assertThat(reminder.get("template")).isEqualTo("eventReminderOnline");
        assertThat((String) reminder.get("body"))
                .contains("Gerda Gast")
                .contains("Your link to join online: https://meet.example.org/runde");
        assertThat(mails("event.reminder:" + openId))
                .as("address not confirmed")
                .isEmpty();
    }

    private Map<String, @Nullable Object> onlyMail(String factKeyPattern) {
        List<Map<String, @Nullable Object>> found = mails(factKeyPattern);
        assertThat(found).as(factKeyPattern).hasSize(1);
        return found.getFirst();
    }

    private List<Map<String, @Nullable Object>> mails(String factKeyPattern) {
        return jdbc.queryForList(
                "select template, subject, body, attachment_name, attachment_type, attachment_content"
                        + " from outbox_mail where fact_key like ?",
                factKeyPattern);
    }

    private LoginAccount member(String name) {
        return Groups.member(testMembers, name, "Post");
    }
}
