package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Registration rules and the waiting list, enforced by the services whatever a view offers. */
@IntegrationTest
class EventRegistrationServiceTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

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
    void only_admins_create_publish_and_cancel_events_and_it_is_audited() {
        EventDraft draft = Events.draft(clock, EventFormat.HYBRID, 10, null);
        assertThatThrownBy(() -> Acting.as(testMembers.member(), () -> events.create(draft)))
                .isInstanceOf(AccessDeniedException.class);
        long id = Events.published(testMembers, events, draft);
        assertThatThrownBy(() -> Acting.run(testMembers.member(), () -> events.cancel(id)))
                .isInstanceOf(AccessDeniedException.class);
        Acting.run(testMembers.admin(), () -> events.publish(id));
        assertThat(audited("EVENT_CREATED", id)).isOne();
        assertThat(audited("EVENT_PUBLISHED", id)).isOne();
    }

    @Test
    void bad_input_is_refused_with_its_own_key() {
        EventDraft good = Events.draft(clock, EventFormat.IN_PERSON, 10, null);
        assertThatThrownBy(() -> create(withTimes(good, good.startsAt(), good.startsAt())))
                .hasMessage("event.validation.endBeforeStart");
        assertThatThrownBy(() -> create(withCapacity(good, -1))).hasMessage("event.validation.capacity");
        assertThatThrownBy(() -> create(withCapacity(good, 0))).hasMessage("event.validation.capacity");
        assertThatThrownBy(() -> create(new EventDraft(
                        " ",
                        good.type(),
                        null,
                        good.startsAt(),
                        good.endsAt(),
                        good.format(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .hasMessage("event.validation.required");
        assertThatThrownBy(() -> create(new EventDraft(
                        "T",
                        good.type(),
                        null,
                        good.startsAt(),
                        good.endsAt(),
                        EventFormat.ONLINE,
                        null,
                        "http://insecure.example.org",
                        null,
                        null,
                        null,
                        null)))
                .hasMessage("event.validation.link");
    }

    @Test
    void registration_is_open_only_inside_its_window() {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        EventDraft base = Events.draft(clock, EventFormat.IN_PERSON, 10, null);
        long id = Events.published(
                testMembers,
                events,
                new EventDraft(
                        base.title(),
                        base.type(),
                        null,
                        base.startsAt(),
                        base.endsAt(),
                        base.format(),
                        null,
                        null,
                        10,
                        null,
                        now.plus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(3))));
        LoginAccount anna = member("anna");

        assertThatThrownBy(() -> register(anna, id, SeatKind.IN_PERSON)).hasMessage("event.registration.notOpenYet");
        clock.set(now.plus(Duration.ofDays(2)));
        assertThat(register(anna, id, SeatKind.IN_PERSON).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        clock.set(now.plus(Duration.ofDays(3)));
        assertThatThrownBy(() -> register(member("bert"), id, SeatKind.IN_PERSON))
                .hasMessage("event.registration.closed");
    }

    @Test
    void drafts_cancelled_events_and_seats_not_offered_take_no_registration() {
        LoginAccount anna = member("anna");
        long draft =
                Acting.as(testMembers.admin(), () -> events.create(Events.draft(clock, EventFormat.ONLINE, null, 5)));
        // A draft does not exist for members, as on its page.
        assertThatThrownBy(() -> register(anna, draft, SeatKind.ONLINE))
                .isInstanceOf(de.ddnhamburg.network.domain.common.NotFoundException.class);

        long online = Events.published(testMembers, events, Events.draft(clock, EventFormat.ONLINE, null, 5));
        assertThatThrownBy(() -> register(anna, online, SeatKind.IN_PERSON))
                .hasMessage("event.registration.seatKindNotOffered");
        long inPerson = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 5, null));
        assertThatThrownBy(() -> register(anna, inPerson, SeatKind.ONLINE))
                .hasMessage("event.registration.seatKindNotOffered");

        assertThat(register(anna, online, SeatKind.ONLINE).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        Acting.run(testMembers.admin(), () -> events.cancel(online));
        assertThatThrownBy(() -> register(member("bert"), online, SeatKind.ONLINE))
                .hasMessage("event.registration.eventCancelled");
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_mail where fact_key = ? and template = ?",
                        Long.class,
                        "event.cancelled:" + online + ":" + anna.memberId(),
                        "eventCancelled"))
                .isOne();
        assertThat(audited("EVENT_CANCELLED", online)).isOne();
    }

    @Test
    void a_double_submit_gives_one_registration() {
        long id = Events.published(testMembers, events, Events.draft(clock, EventFormat.HYBRID, 1, null));
        LoginAccount anna = member("anna");
        RegistrationSummary first = register(anna, id, SeatKind.IN_PERSON);
        RegistrationSummary second = register(anna, id, SeatKind.IN_PERSON);
        RegistrationSummary third = register(anna, id, SeatKind.ONLINE);

        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from event_registration where event_id = ?", Long.class, id))
                .isOne();
        assertThat(jdbc.queryForObject("select in_person_taken from event where id = ?", Integer.class, id))
                .isOne();
    }

    @Test
    void a_full_kind_waitlists_and_a_cancellation_promotes_the_first_waiting_and_mails_them() {
        long id = Events.published(testMembers, events, Events.draft(clock, EventFormat.HYBRID, 1, 1));
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        LoginAccount cleo = member("cleo");
        LoginAccount dora = member("dora");
        LoginAccount emil = member("emil");

        RegistrationSummary annas = register(anna, id, SeatKind.IN_PERSON);
        assertThat(register(bert, id, SeatKind.IN_PERSON)).satisfies(view -> {
            assertThat(view.status()).isEqualTo(RegistrationStatus.WAITLISTED);
            assertThat(view.waitingPosition()).isOne();
        });
        RegistrationSummary cleos = register(cleo, id, SeatKind.IN_PERSON);
        assertThat(cleos.waitingPosition()).isEqualTo(2);
        assertThat(register(dora, id, SeatKind.IN_PERSON).waitingPosition()).isEqualTo(3);
        // The online seats have their own capacity and list.
        assertThat(register(emil, id, SeatKind.ONLINE).status()).isEqualTo(RegistrationStatus.CONFIRMED);

        // Someone else's registration is not mine to cancel.
        assertThatThrownBy(() -> Acting.as(emil, () -> registrations.cancel(annas.id())))
                .isInstanceOf(AccessDeniedException.class);
        // Cleo leaves the list: Dora moves up, no gap.
        assertThat(Acting.as(cleo, () -> registrations.cancel(cleos.id())).status())
                .isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(mine(dora, id).waitingPosition()).isEqualTo(2);
        // Anna frees her seat: Bert (first) gets it and a mail, Dora is next.
        Acting.run(anna, () -> registrations.cancel(annas.id()));
        assertThat(mine(bert, id).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(mine(dora, id).waitingPosition()).isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_mail where fact_key like ? and template = ?",
                        Long.class,
                        "event.promoted:" + mine(bert, id).id() + ":%",
                        "eventSeatPromoted"))
                .isOne();
        // Cancelling twice changes nothing; registering again goes to the end of the list.
        assertThat(Acting.as(anna, () -> registrations.cancel(annas.id())).status())
                .isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(register(anna, id, SeatKind.IN_PERSON).waitingPosition()).isEqualTo(2);
        // An admin cancels Bert's seat: Dora gets it, audited.
        Acting.run(
                testMembers.admin(), () -> registrations.cancel(mine(bert, id).id()));
        assertThat(mine(dora, id).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(mine(anna, id).waitingPosition()).isOne();
        assertThat(audited("EVENT_REGISTRATION_CANCELLED", id)).isOne();
        assertThat(jdbc.queryForObject("select in_person_taken from event where id = ?", Integer.class, id))
                .isOne();
    }

    @Test
    void members_cannot_cancel_once_the_event_has_begun() {
        EventDraft draft = Events.draft(clock, EventFormat.ONLINE, null, null);
        long id = Events.published(testMembers, events, draft);
        LoginAccount anna = member("anna");
        RegistrationSummary view = register(anna, id, SeatKind.ONLINE);
        clock.set(draft.startsAt());
        assertThatThrownBy(() -> Acting.as(anna, () -> registrations.cancel(view.id())))
                .hasMessage("event.registration.cancelClosed");
    }

    @Test
    void the_database_refuses_more_confirmed_seats_than_the_capacity() {
        long id = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 2, null));
        org.junit.jupiter.api.Assertions.assertThrows(
                org.springframework.dao.DataIntegrityViolationException.class,
                () -> jdbc.update("update event set in_person_taken = 3 where id = ?", id));
        org.junit.jupiter.api.Assertions.assertThrows(
                org.springframework.dao.DataIntegrityViolationException.class,
                () -> jdbc.update("update event set online_capacity = 0 where id = ?", id));
    }

    private long create(EventDraft draft) {
        return Acting.as(testMembers.admin(), () -> events.create(draft));
    }

    private static EventDraft withTimes(EventDraft d, Instant start, Instant end) {
        return new EventDraft(
                d.title(),
                d.type(),
                d.description(),
                start,
                end,
                d.format(),
                d.venue(),
                d.onlineLink(),
                d.inPersonCapacity(),
                d.onlineCapacity(),
                d.registrationOpensAt(),
                d.registrationClosesAt());
    }

    private static EventDraft withCapacity(EventDraft d, int inPerson) {
        return new EventDraft(
                d.title(),
                d.type(),
                d.description(),
                d.startsAt(),
                d.endsAt(),
                d.format(),
                d.venue(),
                d.onlineLink(),
                inPerson,
                d.onlineCapacity(),
                d.registrationOpensAt(),
                d.registrationClosesAt());
    }

    private RegistrationSummary register(LoginAccount account, long eventId, SeatKind kind) {
        return Acting.as(account, () -> registrations.register(eventId, kind));
    }

    private RegistrationSummary mine(LoginAccount account, long eventId) {
        return Acting.as(account, () -> registrations.mine(eventId)).orElseThrow();
    }

    private LoginAccount member(String name) {
        return de.ddnhamburg.network.support.Groups.member(testMembers, name, "Tester");
    }

    private long audited(String action, long eventId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from audit_entry where action = ? and target = ?",
                Long.class,
                action,
                "event:" + eventId));
    }
}
