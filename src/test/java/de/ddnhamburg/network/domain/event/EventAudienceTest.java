package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.HeldRowLock;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Who sees an event and may register for it follows its audience, enforced by the services. */
@IntegrationTest
class EventAudienceTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void a_group_event_exists_only_for_the_members_of_its_group() {
        GroupPeople people = groupPeople("Mona", "Ina", "Otto");
        LoginAccount moderator = people.moderator();
        LoginAccount insider = people.insider();
        LoginAccount outsider = people.outsider();
        long groupId = people.groupId();
        long eventId = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, 10, null)
                        .withAudience(EventAudience.GROUP_MEMBERS, groupId, Set.of("netzwerken"), false));

        assertThat(upcomingIds(insider)).contains(eventId);
        assertThat(upcomingIds(moderator)).contains(eventId);
        assertThat(upcomingIds(outsider)).doesNotContain(eventId);
        assertThatThrownBy(() -> Acting.as(outsider, () -> registrations.page(eventId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Acting.as(outsider, () -> registrations.register(eventId, SeatKind.IN_PERSON)))
                .isInstanceOf(NotFoundException.class);
        assertThat(Acting.as(insider, () -> registrations.register(eventId, SeatKind.IN_PERSON))
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(Acting.as(testMembers.admin(), () -> registrations.page(eventId))
                        .title())
                .isNotBlank();
    }

    /**
     * Registering reads a member's groups only for events whose audience depends on them; an event
     * that becomes a group's event while the registration waits for its lock is decided with the
     * groups, read then.
     */
    @Test
    void an_event_that_becomes_a_group_event_while_registrations_wait_for_the_lock_admits_only_the_group()
            throws Exception {
        GroupPeople people = groupPeople("Rolf", "Irma", "Olaf");
        LoginAccount insider = people.insider();
        LoginAccount outsider = people.outsider();
        long groupId = people.groupId();
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 10, null));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        // Holds the event's row and, in the same transaction, hands the event to the group.
        try (HeldRowLock held = HeldRowLock.holdAndChange(
                transactions,
                jdbc,
                "event",
                eventId,
                sql -> sql.update(
                        "update event set audience = 'GROUP_MEMBERS', group_id = ? where id = ?", groupId, eventId))) {
            Future<RegistrationSummary> inside =
                    threads.submit(() -> Acting.as(insider, () -> registrations.register(eventId, SeatKind.IN_PERSON)));
            Future<RegistrationSummary> outside = threads.submit(
                    () -> Acting.as(outsider, () -> registrations.register(eventId, SeatKind.IN_PERSON)));
            // Both have read the event as a members' event by now and wait for its lock.
            Thread.sleep(1_500);
            held.release();

            assertThat(inside.get(30, TimeUnit.SECONDS).status()).isEqualTo(RegistrationStatus.CONFIRMED);
            assertThatThrownBy(() -> outside.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(NotFoundException.class);
            assertThat(jdbc.queryForList(
                            "select member_id from event_registration where event_id = ?", Long.class, eventId))
                    .containsExactly(insider.memberId());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void guests_see_public_events_only_and_cannot_register() {
        EventDraft draft = Events.draft(clock, EventFormat.IN_PERSON, 10, null);
        long publicEvent =
                Events.published(testMembers, events, draft.withAudience(EventAudience.PUBLIC, null, Set.of(), true));
        long membersEvent = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 10, null));
        SecurityTestSupport.signOut();

        assertThat(registrations.upcoming())
                .extracting(EventCard::id)
                .contains(publicEvent)
                .doesNotContain(membersEvent);
        assertThat(registrations.page(publicEvent).mine()).isNull();
        assertThatThrownBy(() -> registrations.page(membersEvent)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registrations.register(publicEvent, SeatKind.IN_PERSON))
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_members_event_is_seen_by_every_member() {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.ONLINE, null, 5));
        assertThat(upcomingIds(Groups.member(testMembers, "Mia", "Mitglied"))).contains(eventId);
    }

    @Test
    void audience_group_and_topics_are_checked() {
        EventDraft draft = Events.draft(clock, EventFormat.IN_PERSON, 10, null);
        assertThatThrownBy(() -> create(draft.withAudience(EventAudience.GROUP_MEMBERS, null, Set.of(), false)))
                .hasMessage("event.validation.groupRequired");
        assertThatThrownBy(() -> create(draft.withAudience(EventAudience.MEMBERS, null, Set.of(), true)))
                .hasMessage("event.validation.guestsOnlyPublic");
        assertThatThrownBy(() -> create(draft.withAudience(EventAudience.PUBLIC, null, Set.of("gibt-es-nicht"), true)))
                .hasMessage("topic.unknown");
        assertThatThrownBy(() -> create(draft.withAudience(EventAudience.PUBLIC, Long.MAX_VALUE, Set.of(), true)))
                .hasMessage("event.validation.groupUnknown");
        long id = create(draft.withAudience(EventAudience.PUBLIC, null, Set.of("netzwerken", "fuehrung"), true));
        assertThat(jdbc.queryForList("select topic_slug from event_topic where event_id = ?", String.class, id))
                .containsExactlyInAnyOrder("netzwerken", "fuehrung");
    }

    @Test
    void cancelling_counts_a_change_that_calendars_take_over() {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 10, null));
        assertThat(sequence(eventId)).isZero();
        Acting.run(testMembers.admin(), () -> events.cancel(eventId));
        Acting.run(testMembers.admin(), () -> events.cancel(eventId));
        assertThat(sequence(eventId)).isOne();
    }

    private java.util.List<Long> upcomingIds(LoginAccount account) {
        return Acting.as(account, () -> registrations.upcoming()).stream()
                .map(EventCard::id)
                .toList();
    }

    private long create(EventDraft draft) {
        return Acting.as(testMembers.admin(), () -> events.create(draft));
    }

    private int sequence(long eventId) {
        return Objects.requireNonNull(
                jdbc.queryForObject("select sequence_number from event where id = ?", Integer.class, eventId));
    }

    /** An open, listed group with its moderator and one member, and a member outside it. */
    private record GroupPeople(long groupId, LoginAccount moderator, LoginAccount insider, LoginAccount outsider) {}

    private GroupPeople groupPeople(String moderatorName, String insiderName, String outsiderName) {
        LoginAccount moderator = Groups.member(testMembers, moderatorName, "Moderation");
        LoginAccount insider = Groups.member(testMembers, insiderName, "Mitglied");
        LoginAccount outsider = Groups.member(testMembers, outsiderName, "Aussen");
        long groupId =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        Acting.run(insider, () -> groupMembership.join(groupId));
        return new GroupPeople(groupId, moderator, insider, outsider);
    }
}
