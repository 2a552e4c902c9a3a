package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.contact.ContactOrigins;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.contact.MetAt;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.Participants;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, "Wen habe ich getroffen?": only who was there and opted in appears, never guests; where
 * attendance was recorded, only those marked present; the mail the day after names the same
 * people and skips who switched it off; a request sent from the list remembers the event.
 */
@IntegrationTest
class EventFollowUpServiceTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    EventParticipationService participation;

    @Autowired
    EventOrganiserService organiser;

    @Autowired
    EventFollowUpService followUps;

    @Autowired
    FollowUpPreferenceService preferences;

    @Autowired
    FollowUpReminders reminders;

    @Autowired
    ContactRequestService contactRequests;

    @Autowired
    ContactOrigins origins;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    Participants participants;

    @BeforeEach
    void participants() {
        participants = new Participants(testMembers, registrations, participation);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void only_participants_who_were_there_and_opted_in_appear_and_never_guests() {
        Events.Published meeting = Events.meeting(testMembers, events, clock);
        long eventId = meeting.id();
        LoginAccount me = participants.registered(eventId, "Ida", "Teilnehmend", true);
        LoginAccount anna = participants.registered(eventId, "Anna", "Teilnehmend", true);
        LoginAccount quiet = participants.registered(eventId, "Otto", "Teilnehmend", false);
        LoginAccount gone = participants.registered(eventId, "Greta", "Teilnehmend", true);
        Acting.run(gone, () -> registrations.cancel(registrationId(eventId, gone)));
        LoginAccount absent = Groups.member(testMembers, "Nora", "Teilnehmend");
        guestShownAsParticipant(eventId);

        assertThatThrownBy(() -> Acting.run(me, () -> followUps.peopleMet(eventId, Locale.GERMAN)))
                .as("not before the event is over")
                .isInstanceOf(DomainException.class)
                .hasMessage("event.met.notOver");
        assertThat(Acting.as(me, () -> followUps.mayLookBack(eventId))).isFalse();

        clock.set(meeting.afterEnd(Duration.ofHours(1)));

        assertThat(peopleMet(me, eventId))
                .containsExactly(anna.memberId())
                .doesNotContain(quiet.memberId(), gone.memberId(), me.memberId());
        assertThat(Acting.as(me, () -> followUps.mayLookBack(eventId))).isTrue();
        assertThat(Acting.as(absent, () -> followUps.mayLookBack(eventId))).isFalse();
        assertThatThrownBy(() -> Acting.run(absent, () -> followUps.peopleMet(eventId, Locale.GERMAN)))
                .hasMessage("event.met.notThere");
        assertThatThrownBy(() -> Acting.run(gone, () -> followUps.peopleMet(eventId, Locale.GERMAN)))
                .as("a cancelled registration was not there")
                .hasMessage("event.met.notThere");

        // Once the organisers record attendance, only who was marked present counts.
        LoginAccount bert = registeredAfterTheFact(eventId, "Bert");
        attended(eventId, me);
        attended(eventId, bert);
        assertThat(peopleMet(me, eventId)).containsExactly(bert.memberId());
        assertThatThrownBy(() -> Acting.run(anna, () -> followUps.peopleMet(eventId, Locale.GERMAN)))
                .hasMessage("event.met.notThere");
    }

    @Test
    void the_mail_the_day_after_names_the_opted_in_and_skips_who_switched_it_off() {
        Events.Published meeting = Events.meeting(testMembers, events, clock);
        long eventId = meeting.id();
        LoginAccount me = participants.registered(eventId, "Ida", "Teilnehmend", true);
        LoginAccount anna = participants.registered(eventId, "Anna", "Teilnehmend", true);
        LoginAccount quiet = participants.registered(eventId, "Otto", "Teilnehmend", false);
        LoginAccount off = participants.registered(eventId, "Olga", "Teilnehmend", true);
        Acting.run(off, () -> preferences.receiveFollowUps(false));
        assertThat(Acting.as(off, () -> preferences.receivesFollowUps())).isFalse();
        guestShownAsParticipant(eventId);

        clock.set(meeting.afterEnd(Duration.ofMinutes(30)));
        reminders.sendDue();
        assertThat(mails(me)).as("not on the day of the event").isEmpty();

        clock.set(meeting.afterEnd(Duration.ofDays(1)));
        reminders.sendDue();
        reminders.sendDue();

        Mailbox mailbox = new Mailbox(jdbc);
        assertThat(mails(me)).singleElement().satisfies(mail -> {
            assertThat(mail.body()).contains("Anna", "Olga", "/getroffen").doesNotContain("Otto", "Gast Gästin");
        });
        assertThat(mails(quiet))
                .as("Otto is not listed but was there, so he hears of the others")
                .hasSize(1);
        assertThat(mails(off)).as("switched off").isEmpty();
        assertThat(mailbox.to(anna.email(), "eventFollowUp").getFirst().body()).contains("Ida", "Olga");
    }

    @Test
    void a_request_sent_from_the_list_remembers_the_event_and_only_for_people_met_there() {
        Events.Published meeting = Events.meeting(testMembers, events, clock);
        long eventId = meeting.id();
        LoginAccount me = participants.registered(eventId, "Ida", "Teilnehmend", true);
        LoginAccount anna = participants.registered(eventId, "Anna", "Teilnehmend", true);
        LoginAccount quiet = participants.registered(eventId, "Otto", "Teilnehmend", false);
        clock.set(meeting.afterEnd(Duration.ofHours(2)));

        assertThatThrownBy(() ->
                        Acting.run(me, () -> contactRequests.send(quiet.memberId(), Contacts.firstContact(), eventId)))
                .hasMessage("contact.request.notMet");

        long requestId = Acting.as(
                me,
                () -> contactRequests
                        .send(anna.memberId(), Contacts.firstContact(), eventId)
                        .id());
        Acting.run(anna, () -> contactRequests.accept(requestId));

        assertThat(Acting.as(anna, () -> origins.metAt(me.memberId())))
                .map(MetAt::eventId)
                .contains(eventId);
        assertThat(Acting.as(me, () -> origins.metAt(anna.memberId())))
                .map(MetAt::eventTitle)
                .contains(meeting.draft().title());
        assertThat(Acting.as(me, () -> origins.metAt(quiet.memberId()))).isEmpty();
    }

    private java.util.List<Mailbox.Mail> mails(LoginAccount account) {
        return new Mailbox(jdbc).to(account.email(), "eventFollowUp");
    }

    private java.util.List<Long> peopleMet(LoginAccount account, long eventId) {
        return Acting.as(account, () -> followUps.peopleMet(eventId, Locale.GERMAN)).people().stream()
                .map(PersonMet::memberId)
                .toList();
    }

    /** Registered and shown, written straight to the table since registration is closed after the event. */
    private LoginAccount registeredAfterTheFact(long eventId, String firstName) {
        LoginAccount account = Groups.member(testMembers, firstName, "Teilnehmend");
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into event_registration (version, created_at, updated_at, event_id, member_id, seat_kind,"
                        + " status, registered_at, show_as_participant) values (0, ?, ?, ?, ?, 'IN_PERSON',"
                        + " 'CONFIRMED', ?, true)",
                now,
                now,
                eventId,
                account.memberId(),
                now);
        return account;
    }

    private void guestShownAsParticipant(long eventId) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into event_registration (version, created_at, updated_at, event_id, seat_kind, status,"
                        + " registered_at, show_as_participant, guest_email, guest_name, guest_language,"
                        + " consent_version, consent_given_at)"
                        + " values (0, ?, ?, ?, 'IN_PERSON', 'CONFIRMED', ?, true, ?, 'Gast Gästin', 'de', 'v1', ?)",
                now,
                now,
                eventId,
                now,
                Contacts.uniqueEmail("gast"),
                now);
    }

    private void attended(long eventId, LoginAccount account) {
        long registrationId = registrationId(eventId, account);
        Acting.run(testMembers.admin(), () -> organiser.markAttendance(registrationId, true));
    }

    private long registrationId(long eventId, LoginAccount account) {
        return java.util.Objects.requireNonNull(jdbc.queryForObject(
                "select id from event_registration where event_id = ? and member_id = ?",
                Long.class,
                eventId,
                account.memberId()));
    }
}
