package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The seat figure everybody sees leaves out the seats of guests who have not confirmed their
 * address (issue 12, point 11), on the event page and in the calendar; capacity still counts them,
 * so nothing is overbooked; and a guest's submit announces a seat change whether it took a seat or not.
 */
@IntegrationTest
@RecordApplicationEvents
class PublicSeatsTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    EventListingService listing;

    @Autowired
    EventOrganiserService organisers;

    @Autowired
    GuestRegistrationService guests;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents published;

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void unconfirmed_holds_are_not_in_the_public_figure_but_still_take_the_seats() {
        EventDraft draft = Events.draft(clock, EventFormat.IN_PERSON, 2, null)
                .withAudience(EventAudience.PUBLIC, null, Set.of(), true);
        long id = Events.published(testMembers, events, draft);
        GuestMailbox mailbox = new GuestMailbox(jdbc);
        String confirmed = guest(id, "bestaetigt");
        guests.confirm(GuestMailbox.confirmToken(mailbox.last(confirmed)));
        guest(id, "offen");

        assertThat(free(registrations.page(id))).isEqualTo(1L);
        assertThat(calendarFree(id, draft)).isEqualTo(1L);

        // Both seats are taken: a member joins the waiting list although the figure shows one free.
        LoginAccount member = Groups.member(testMembers, "Mia", "Mitglied");
        RegistrationSummary mine = Acting.as(member, () -> registrations.register(id, SeatKind.IN_PERSON));
        assertThat(mine.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(jdbc.queryForObject("select in_person_taken from event where id = ?", Integer.class, id))
                .isEqualTo(2);
        // Organisers see the seats as allocated.
        ParticipantList list = Acting.as(testMembers.admin(), () -> organisers.participants(id));
        assertThat(list.seats().getFirst().free()).isZero();
        assertThat(list.confirmed()).hasSize(2);
    }

    @Test
    void a_submit_for_a_registered_address_announces_a_seat_change_as_a_new_one_does() {
        long id = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, 5, null)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), true));
        String registered = guest(id, "schon");
        published.clear();

        guests.register(id, request(registered));
        long afterRegistered = announced(id);
        guest(id, "neu");
        long afterNew = announced(id) - afterRegistered;

        assertThat(afterRegistered).isEqualTo(afterNew).isEqualTo(1);
    }

    private long announced(long eventId) {
        return published.stream(SeatsChanged.class)
                .filter(change -> change.eventId() == eventId)
                .count();
    }

    private static Long free(EventPage page) {
        return Objects.requireNonNull(page.seats().getFirst().free());
    }

    private Long calendarFree(long eventId, EventDraft draft) {
        LocalDate day = LocalDate.ofInstant(draft.startsAt(), ZoneId.of("Europe/Berlin"));
        return listing.find(CalendarQuery.days(day, day, CalendarFilter.NONE)).entries().stream()
                .filter(entry -> entry.id() == eventId)
                .findFirst()
                .map(CalendarEntry::freeInPerson)
                .orElseThrow();
    }

    private String guest(long eventId, String name) {
        String email = Contacts.uniqueEmail(name);
        guests.register(eventId, request(email));
        return email;
    }

    private static GuestRegistrationRequest request(String email) {
        return new GuestRegistrationRequest("Gabi Gast", email, null, null, true, Locale.GERMAN);
    }
}
