package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.FieldProblem;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
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
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Guests register with double opt-in; the rules hold in the service, whatever a page offers. */
@IntegrationTest
class GuestRegistrationServiceTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    GuestRegistrationService guests;

    @Autowired
    GuestHoldExpiry expiry;

    @Autowired
    EventOrganiserService organisers;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private GuestMailbox mailbox;

    @BeforeEach
    void setUp() {
        mailbox = new GuestMailbox(jdbc);
        SecurityTestSupport.signOut();
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void a_guest_registers_confirms_by_the_mailed_link_and_keeps_the_seat() {
        long eventId = guestEvent(EventFormat.HYBRID, 2);
        String email = Contacts.uniqueEmail("gast");

        guests.register(
                eventId, request("Greta Gast", "  " + email.toUpperCase(Locale.ROOT) + " ", SeatKind.IN_PERSON));

        assertThat(free(eventId)).isEqualTo(1);
        GuestMailbox.Mail invitation = mailbox.last(email);
        assertThat(invitation.subject()).contains("Bitte bestätigen");
        assertThat(invitation.body()).contains("Greta Gast", "http://localhost");
        String token = GuestMailbox.confirmToken(invitation);
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_guest_token where token_hash like ?",
                        Integer.class,
                        "%" + token + "%"))
                .as("only the hash is stored")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select consent_version from event_registration where guest_email = ?", String.class, email))
                .isNotBlank();

        GuestRegistrationSummary checked = guests.checkConfirmation(token);
        assertThat(checked.confirmed()).isFalse();
        GuestRegistrationSummary confirmed = guests.confirm(token);
        assertThat(confirmed.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(confirmed.confirmed()).isTrue();
        assertThat(mailbox.last(email).subject()).contains("Sie sind angemeldet");
        assertThat(GuestMailbox.cancelToken(mailbox.last(email))).isNotBlank();

        assertLinkProblem(() -> guests.confirm(token), GuestLinkProblem.USED);
        // Confirmed holds never expire.
        clock.advance(Duration.ofDays(3));
        expiry.expireHolds();
        assertThat(free(eventId)).isEqualTo(1);
    }

    @Test
    void an_unconfirmed_hold_expires_and_the_first_waiting_member_gets_the_seat_and_a_mail() {
        long eventId = guestEvent(EventFormat.IN_PERSON, 1);
        String email = Contacts.uniqueEmail("saeumig");
        guests.register(eventId, request("Saskia Säumig", email, null));
        String token = GuestMailbox.confirmToken(mailbox.last(email));
        LoginAccount member = Groups.member(testMembers, "Warte", "Mitglied");
        RegistrationSummary waiting = Acting.as(member, () -> registrations.register(eventId, SeatKind.IN_PERSON));
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);

        clock.advance(Duration.ofHours(23));
        expiry.expireHolds();
        assertThat(Acting.as(member, () -> registrations.mine(eventId))
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.WAITLISTED);

        clock.advance(Duration.ofHours(2));
        assertThat(expiry.expireHolds()).isPositive();
        assertThat(Acting.as(member, () -> registrations.mine(eventId))
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_mail where fact_key like ?",
                        Integer.class,
                        "event.promoted:" + waiting.id() + ":%"))
                .isOne();
        assertLinkProblem(() -> guests.checkConfirmation(token), GuestLinkProblem.EXPIRED);
        assertLinkProblem(() -> guests.confirm(token), GuestLinkProblem.EXPIRED);
        assertThat(jdbc.queryForObject("select in_person_taken from event where id = ?", Integer.class, eventId))
                .isOne();
        // Never confirmed: the name and address are not kept until the event's other guests go.
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_registration where guest_email = ?", Integer.class, email))
                .isZero();
    }

    @Test
    void a_confirmed_waiting_guest_is_promoted_when_a_member_cancels_and_is_mailed_with_a_cancel_link() {
        long eventId = guestEvent(EventFormat.IN_PERSON, 1);
        LoginAccount member = Groups.member(testMembers, "Sitz", "Mitglied");
        RegistrationSummary seat = Acting.as(member, () -> registrations.register(eventId, SeatKind.IN_PERSON));
        String email = Contacts.uniqueEmail("wartegast");
        guests.register(eventId, request("Wanda Warte", email, SeatKind.IN_PERSON));
        GuestRegistrationSummary confirmed = guests.confirm(GuestMailbox.confirmToken(mailbox.last(email)));
        assertThat(confirmed.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(confirmed.waitingPosition()).isOne();
        assertThat(mailbox.last(email).body()).contains("Warteliste an Position 1");

        Acting.run(member, () -> registrations.cancel(seat.id()));

        GuestMailbox.Mail promoted = mailbox.last(email);
        assertThat(promoted.subject()).contains("Sie haben einen Platz");
        String cancel = GuestMailbox.cancelToken(promoted);
        assertThat(guests.checkCancellation(cancel).status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void cancelling_by_link_frees_the_seat_for_the_next_and_the_link_works_once_until_the_start() {
        long eventId = guestEvent(EventFormat.IN_PERSON, 1);
        String email = Contacts.uniqueEmail("abmelder");
        guests.register(eventId, request("Anton Abmelder", email, null));
        guests.confirm(GuestMailbox.confirmToken(mailbox.last(email)));
        String cancel = GuestMailbox.cancelToken(mailbox.last(email));
        LoginAccount member = Groups.member(testMembers, "Nach", "Ruecker");
        Acting.run(member, () -> registrations.register(eventId, SeatKind.IN_PERSON));

        assertThat(guests.cancel(cancel).status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(Acting.as(member, () -> registrations.mine(eventId))
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertLinkProblem(() -> guests.cancel(cancel), GuestLinkProblem.USED);
        assertLinkProblem(() -> guests.confirm(cancel), GuestLinkProblem.UNKNOWN);

        // A new registration (the row is reused) and the event begins: its cancel link no longer works.
        guests.register(eventId, request("Anton Abmelder", email, null));
        guests.confirm(GuestMailbox.confirmToken(mailbox.last(email)));
        String late = GuestMailbox.cancelToken(mailbox.last(email));
        clock.advance(Duration.ofDays(8));
        assertLinkProblem(() -> guests.checkCancellation(late), GuestLinkProblem.EXPIRED);
        assertLinkProblem(() -> guests.cancel(late), GuestLinkProblem.EXPIRED);
    }

    @Test
    void unknown_and_malformed_links_are_refused_without_a_hint() {
        assertLinkProblem(() -> guests.checkConfirmation("x".repeat(43)), GuestLinkProblem.UNKNOWN);
        assertLinkProblem(() -> guests.confirm("kurz"), GuestLinkProblem.UNKNOWN);
        assertLinkProblem(() -> guests.cancel(""), GuestLinkProblem.UNKNOWN);
        assertLinkProblem(() -> guests.checkCancellation("<script>"), GuestLinkProblem.UNKNOWN);
    }

    @Test
    void the_same_address_twice_takes_one_seat_and_the_answer_is_the_same() {
        long eventId = guestEvent(EventFormat.IN_PERSON, 5);
        String email = Contacts.uniqueEmail("doppelt");
        guests.register(eventId, request("Doris Doppelt", email, null));
        String first = GuestMailbox.confirmToken(mailbox.last(email));
        guests.register(eventId, request("Doris Doppelt", " " + email.toUpperCase(Locale.ROOT), null));

        assertThat(rows(eventId)).isOne();
        assertThat(free(eventId)).isEqualTo(4);
        String second = GuestMailbox.confirmToken(mailbox.last(email));
        assertThat(second).isNotEqualTo(first);
        assertLinkProblem(() -> guests.checkConfirmation(first), GuestLinkProblem.USED);
        guests.confirm(second);

        int mails = mailbox.to(email).size();
        guests.register(eventId, request("Jemand Anderes", email, null));
        assertThat(rows(eventId)).isOne();
        assertThat(free(eventId)).isEqualTo(4);
        assertThat(mailbox.to(email)).hasSize(mails + 1);
        assertThat(mailbox.last(email).subject()).contains("bereits angemeldet");
        assertThat(jdbc.queryForObject(
                        "select guest_name from event_registration where event_id = ?", String.class, eventId))
                .isEqualTo("Doris Doppelt");
    }

    @Test
    void submits_beyond_the_hourly_limit_of_an_address_are_dropped_silently() {
        String email = Contacts.uniqueEmail("flut");
        for (int i = 0; i < 5; i++) {
            guests.register(guestEvent(EventFormat.ONLINE, null), request("Flora Flut", email, null));
        }
        long sixth = guestEvent(EventFormat.ONLINE, null);
        guests.register(sixth, request("Flora Flut", email, null));
        assertThat(mailbox.to(email)).hasSize(5);
        assertThat(rows(sixth)).isZero();
        clock.advance(Duration.ofMinutes(61));
        guests.register(sixth, request("Flora Flut", email, null));
        assertThat(rows(sixth)).isOne();
    }

    @Test
    void guests_are_refused_where_only_members_may_register_or_see() {
        EventDraft draft = Events.draft(clock, EventFormat.IN_PERSON, 10, null);
        long publicWithoutGuests =
                Events.published(testMembers, events, draft.withAudience(EventAudience.PUBLIC, null, Set.of(), false));
        long membersOnly = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 10, null));
        long group = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        long groupEvent = Events.published(
                testMembers, events, draft.withAudience(EventAudience.GROUP_MEMBERS, group, Set.of(), false));
        long unpublished = Acting.as(
                testMembers.admin(),
                () -> events.create(draft.withAudience(EventAudience.PUBLIC, null, Set.of(), true)));
        String email = Contacts.uniqueEmail("abgewiesen");

        assertThatThrownBy(() -> guests.register(publicWithoutGuests, request("A B", email, null)))
                .hasMessage("event.guest.notAllowed");
        assertThat(guests.offer(publicWithoutGuests).guestsAllowed()).isFalse();
        for (long hidden : new long[] {membersOnly, groupEvent, unpublished}) {
            assertThatThrownBy(() -> guests.register(hidden, request("A B", email, null)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> guests.offer(hidden)).isInstanceOf(NotFoundException.class);
        }
        long cancelled = guestEvent(EventFormat.IN_PERSON, 3);
        Acting.run(testMembers.admin(), () -> events.cancel(cancelled));
        assertThatThrownBy(() -> guests.register(cancelled, request("A B", email, null)))
                .hasMessage("event.registration.eventCancelled");
        assertThat(mailbox.to(email)).isEmpty();
    }

    @Test
    void bad_input_names_each_field_and_stores_nothing() {
        long eventId = guestEvent(EventFormat.HYBRID, 5);
        InvalidInputException problems =
                (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> guests.register(
                        eventId,
                        new GuestRegistrationRequest(
                                " ", "keine-adresse", "x".repeat(201), null, false, Locale.GERMAN)));
        assertThat(problems.problems())
                .extracting(FieldProblem::field)
                .containsOnly(
                        GuestRules.NAME,
                        GuestRules.EMAIL,
                        GuestRules.ORGANISATION,
                        GuestRules.SEAT,
                        GuestRules.CONSENT);
        assertThat(problems.problem(GuestRules.EMAIL).orElseThrow().messageKey())
                .isEqualTo("validation.email.invalid");
        assertThat(problems.problem(GuestRules.CONSENT).orElseThrow().messageKey())
                .isEqualTo("event.guest.validation.consentRequired");
        assertThatThrownBy(() -> guests.register(
                        guestEvent(EventFormat.ONLINE, 3),
                        request("A B", Contacts.uniqueEmail("vorort"), SeatKind.IN_PERSON)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(rows(eventId)).isZero();
    }

    @Test
    void guests_and_members_share_one_capacity() {
        long eventId = guestEvent(EventFormat.IN_PERSON, 3);
        for (String name : new String[] {"Erster", "Zweiter"}) {
            LoginAccount member = Groups.member(testMembers, name, "Teiler");
            Acting.run(member, () -> registrations.register(eventId, SeatKind.IN_PERSON));
        }
        guests.register(eventId, request("Gast Eins", Contacts.uniqueEmail("eins"), null));
        guests.register(eventId, request("Gast Zwei", Contacts.uniqueEmail("zwei"), null));

        assertThat(jdbc.queryForObject(
                        "select count(*) from event_registration where event_id = ? and status = 'CONFIRMED'",
                        Integer.class,
                        eventId))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select waiting_position from event_registration where event_id = ?"
                                + " and status = 'WAITLISTED'",
                        Integer.class,
                        eventId))
                .isOne();
        assertThat(jdbc.queryForObject("select in_person_taken from event where id = ?", Integer.class, eventId))
                .isEqualTo(3);
    }

    @Test
    void a_cancelled_event_is_mailed_to_confirmed_guests_only() {
        long eventId = guestEvent(EventFormat.IN_PERSON, 5);
        String confirmed = Contacts.uniqueEmail("bestaetigt");
        String unconfirmed = Contacts.uniqueEmail("unbestaetigt");
        guests.register(eventId, request("Bea Bestätigt", confirmed, null));
        guests.confirm(GuestMailbox.confirmToken(mailbox.last(confirmed)));
        guests.register(eventId, request("Ulf Unbestätigt", unconfirmed, null));

        Acting.run(testMembers.admin(), () -> events.cancel(eventId));

        assertThat(mailbox.last(confirmed).subject()).startsWith("Abgesagt");
        assertThat(mailbox.to(unconfirmed)).hasSize(1);
    }

    @Test
    void an_organisers_change_mails_confirmed_guests_and_a_raised_capacity_promotes_a_waiting_guest() {
        long eventId = guestEvent(EventFormat.IN_PERSON, 1);
        String seated = Contacts.uniqueEmail("sitzgast");
        String waiting = Contacts.uniqueEmail("wartegast");
        guests.register(eventId, request("Sina Sitz", seated, null));
        guests.confirm(GuestMailbox.confirmToken(mailbox.last(seated)));
        guests.register(eventId, request("Willi Warte", waiting, null));
        guests.confirm(GuestMailbox.confirmToken(mailbox.last(waiting)));

        EventEdit edit = Acting.as(testMembers.admin(), () -> events.edit(eventId));
        EventDraft draft = edit.draft();
        EventDraft later = new EventDraft(
                draft.title(),
                draft.type(),
                draft.description(),
                draft.startsAt().plus(Duration.ofHours(1)),
                draft.endsAt().plus(Duration.ofHours(1)),
                draft.format(),
                draft.venue(),
                draft.onlineLink(),
                2,
                draft.onlineCapacity(),
                draft.registrationOpensAt(),
                draft.registrationClosesAt(),
                draft.audience(),
                draft.groupId(),
                draft.topicSlugs(),
                draft.guestsAllowed(),
                draft.address());
        Acting.run(testMembers.admin(), () -> events.update(eventId, edit.version(), later));

        assertThat(mailbox.to(seated))
                .extracting(GuestMailbox.Mail::subject)
                .anyMatch(subject -> subject.startsWith("Geändert"));
        assertThat(mailbox.to(waiting))
                .extracting(GuestMailbox.Mail::subject)
                .anyMatch(subject -> subject.contains("Sie haben einen Platz"));
        assertThat(jdbc.queryForObject(
                        "select status from event_registration where guest_email = ?", String.class, waiting))
                .isEqualTo("CONFIRMED");
    }

    @Test
    void organisers_see_guests_in_the_participant_list_move_them_and_write_to_the_confirmed_ones() {
        long eventId = guestEvent(EventFormat.IN_PERSON, 1);
        String seated = Contacts.uniqueEmail("listengast");
        String waiting = Contacts.uniqueEmail("nachrueckgast");
        guests.register(
                eventId, new GuestRegistrationRequest("Lisa Liste", seated, "Elbwerk", null, true, Locale.GERMAN));
        guests.confirm(GuestMailbox.confirmToken(mailbox.last(seated)));
        guests.register(eventId, request("Nils Nach", waiting, null));

        ParticipantList list = Acting.as(testMembers.admin(), () -> organisers.participants(eventId));
        assertThat(list.rows()).hasSize(2).allMatch(ParticipantRow::guest);
        ParticipantRow first = list.rows().getFirst();
        assertThat(first.name()).isEqualTo("Lisa Liste");
        assertThat(first.email()).isEqualTo(seated);
        assertThat(first.organisation()).isEqualTo("Elbwerk");
        assertThat(first.memberId()).isNull();

        int mailed = Acting.as(
                testMembers.admin(),
                () -> organisers.message(
                        eventId,
                        new OrganiserMessage(
                                java.util.UUID.randomUUID(), "Anfahrt", "Bitte den Seiteneingang nehmen.", true)));
        assertThat(mailed).as("only the confirmed guest").isOne();
        assertThat(mailbox.last(seated).body()).contains("Seiteneingang");

        ParticipantRow moved = Acting.as(
                testMembers.admin(),
                () -> organisers.moveToSeat(list.rows().get(1).registrationId(), true));
        assertThat(moved.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(moved.name()).isEqualTo("Nils Nach");
    }

    @Test
    void guests_details_are_erased_after_the_retention_period() {
        long eventId = guestEvent(EventFormat.IN_PERSON, 5);
        String email = Contacts.uniqueEmail("vergessen");
        guests.register(eventId, request("Vera Vergessen", email, null));
        guests.confirm(GuestMailbox.confirmToken(mailbox.last(email)));

        clock.advance(Duration.ofDays(30));
        expiry.eraseOldGuests();
        assertThat(jdbc.queryForObject(
                        "select guest_email from event_registration where event_id = ?", String.class, eventId))
                .isEqualTo(email);

        clock.advance(Duration.ofDays(80));
        assertThat(expiry.eraseOldGuests()).isPositive();
        assertThat(jdbc.queryForMap(
                        "select guest_name, guest_email, guest_organisation, status, consent_version"
                                + " from event_registration where event_id = ?",
                        eventId))
                .containsEntry("GUEST_NAME", GuestHoldExpiry.ERASED_NAME)
                .containsEntry("GUEST_ORGANISATION", null)
                .containsEntry("STATUS", "CONFIRMED")
                .doesNotContainValue(email);
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_guest_token t join event_registration r"
                                + " on r.id = t.registration_id where r.event_id = ?",
                        Integer.class,
                        eventId))
                .isZero();
    }

    private long guestEvent(EventFormat format, @Nullable Integer seats) {
        EventDraft draft = Events.draft(
                clock,
                format,
                format == EventFormat.ONLINE ? null : seats,
                format == EventFormat.ONLINE ? seats : null);
        return Events.published(testMembers, events, draft.withAudience(EventAudience.PUBLIC, null, Set.of(), true));
    }

    private static GuestRegistrationRequest request(String name, String email, @Nullable SeatKind kind) {
        return new GuestRegistrationRequest(name, email, "Hafen Lernwerkstatt", kind, true, Locale.GERMAN);
    }

    /**
     * The seats still free as allocated (the event row's counter). The public figure on the page
     * leaves unconfirmed guests' holds out (PublicSeats), so it cannot show that a hold takes a seat.
     */
    private long free(long eventId) {
        return guests.offer(eventId).open()
                ? Objects.requireNonNull(jdbc.queryForObject(
                        "select coalesce(in_person_capacity - in_person_taken, online_capacity - online_taken)"
                                + " from event where id = ?",
                        Long.class,
                        eventId))
                : -1;
    }

    private int rows(long eventId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from event_registration where event_id = ?", Integer.class, eventId));
    }

    private static void assertLinkProblem(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, GuestLinkProblem problem) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        GuestLinkException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
