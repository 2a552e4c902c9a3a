package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12, point 10: narrowing an event's audience, or switching off guests, releases the
 * registrations that no longer fit, mails them, and gives their seats to the next waiting who fit.
 */
@IntegrationTest
class AudienceChangeTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    GuestRegistrationService guests;

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

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void narrowing_to_the_group_releases_the_others_with_a_mail_and_promotes_the_first_member_waiting() {
        LoginAccount moderator = Groups.member(testMembers, "Mara", "Publikum");
        LoginAccount insider = Groups.member(testMembers, "Ines", "Publikum");
        long groupId =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        Acting.run(insider, () -> groupMembership.join(groupId));
        long eventId = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, 1, null)
                        .withAudience(EventAudience.MEMBERS, groupId, Set.of(), false));
        LoginAccount seated = registered(eventId, "Sina");
        LoginAccount waitingOutsider = registered(eventId, "Wim");
        Acting.run(insider, () -> registrations.register(eventId, SeatKind.IN_PERSON));

        EventEdit edit = Acting.as(moderator, () -> events.edit(eventId));
        Acting.run(
                moderator,
                () -> events.update(
                        eventId,
                        edit.version(),
                        edit.draft().withAudience(EventAudience.GROUP_MEMBERS, groupId, Set.of(), false)));

        assertThat(status(seated, eventId)).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(status(waitingOutsider, eventId)).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(status(insider, eventId)).isEqualTo(RegistrationStatus.CONFIRMED);
        Mailbox mailbox = new Mailbox(jdbc);
        assertThat(mailbox.to(seated.email(), "eventRegistrationReleased")).hasSize(1);
        assertThat(mailbox.to(waitingOutsider.email(), "eventRegistrationReleased"))
                .hasSize(1);
        assertThat(mailbox.to(waitingOutsider.email(), "eventSeatPromoted"))
                .as("nobody is promoted on the way out")
                .isEmpty();
        assertThat(mailbox.to(insider.email(), "eventSeatPromoted")).hasSize(1);
        assertThat(mailbox.to(insider.email(), "eventRegistrationReleased")).isEmpty();
        assertThat(taken(eventId)).isOne();
    }

    @Test
    void switching_off_guests_releases_the_guests_with_a_mail_and_promotes_the_member_waiting() {
        long eventId = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, 1, null)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), true));
        String guest = Contacts.uniqueEmail("gast");
        guests.register(
                eventId,
                new GuestRegistrationRequest("Gerda Gast", guest, null, SeatKind.IN_PERSON, true, Locale.GERMAN));
        GuestMailbox guestMailbox = new GuestMailbox(jdbc);
        guests.confirm(GuestMailbox.confirmToken(guestMailbox.last(guest)));
        LoginAccount member = registered(eventId, "Mats");
        assertThat(status(member, eventId)).isEqualTo(RegistrationStatus.WAITLISTED);
        int guestMailsBefore = guestMailbox.to(guest).size();

        EventEdit edit = Acting.as(testMembers.admin(), () -> events.edit(eventId));
        Acting.run(
                testMembers.admin(),
                () -> events.update(
                        eventId,
                        edit.version(),
                        edit.draft().withAudience(EventAudience.PUBLIC, null, Set.of(), false)));

        assertThat(jdbc.queryForObject(
                        "select status from event_registration where event_id = ? and guest_email = ?",
                        String.class,
                        eventId,
                        guest))
                .isEqualTo("CANCELLED");
        assertThat(guestMailbox.to(guest)).hasSize(guestMailsBefore + 1);
        assertThat(guestMailbox.last(guest).subject()).contains(edit.draft().title());
        assertThat(status(member, eventId)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(new Mailbox(jdbc).to(member.email(), "eventSeatPromoted")).hasSize(1);
    }

    @Test
    void an_audience_that_still_fits_everyone_releases_nobody() {
        long eventId = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, 5, null)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), false));
        LoginAccount member = registered(eventId, "Bleibt");

        EventEdit edit = Acting.as(testMembers.admin(), () -> events.edit(eventId));
        Acting.run(
                testMembers.admin(),
                () -> events.update(
                        eventId,
                        edit.version(),
                        edit.draft().withAudience(EventAudience.MEMBERS, null, Set.of(), false)));

        assertThat(status(member, eventId)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(new Mailbox(jdbc).to(member.email(), "eventRegistrationReleased"))
                .isEmpty();
    }

    private LoginAccount registered(long eventId, String firstName) {
        LoginAccount account = testMembers.ensure(
                Contacts.uniqueEmail(firstName.toLowerCase(Locale.ROOT)),
                firstName,
                "Publikum",
                Set.of(Roles.MEMBER),
                Set.of());
        Acting.run(account, () -> registrations.register(eventId, SeatKind.IN_PERSON));
        return account;
    }

    private RegistrationStatus status(LoginAccount account, long eventId) {
        return Acting.as(account, () -> registrations.mine(eventId))
                .orElseThrow()
                .status();
    }

    private long taken(long eventId) {
        return Objects.requireNonNull(
                jdbc.queryForObject("select in_person_taken from event where id = ?", Long.class, eventId));
    }
}
