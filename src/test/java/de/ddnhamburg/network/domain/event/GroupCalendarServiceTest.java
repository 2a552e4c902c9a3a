package de.ddnhamburg.network.domain.event;

import static de.ddnhamburg.network.support.Calendars.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.Secrets;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupReadService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Calendars;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.AuthenticationException;

/**
 * Group calendars (issue 16 point 5): the public feed holds exactly the group's public events and
 * exists only for a group guests may see; a member's secret feed adds the members' and group
 * members' events and stops when they leave, renew or revoke; nobody else gets an address.
 */
@IntegrationTest
class GroupCalendarServiceTest {

    @Autowired
    EventService events;

    @Autowired
    GroupCalendarService calendars;

    @Autowired
    GroupCalendarFeedService feeds;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    GroupReadService groupRead;

    @Autowired
    de.ddnhamburg.network.domain.member.MemberAdministrationService memberAdministration;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        SecurityTestSupport.signOut();
    }

    /** A listed group with one event of each audience, a draft, and a public event of another group. */
    private record World(long groupId, long open, long members, long groupOnly, long draft, long otherGroups) {}

    private World world(LoginAccount moderator) {
        long groupId =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        long otherGroup = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        long open = event(EventAudience.PUBLIC, groupId);
        long members = event(EventAudience.MEMBERS, groupId);
        long groupOnly = event(EventAudience.GROUP_MEMBERS, groupId);
        long draft = Acting.as(
                testMembers.admin(),
                () -> events.create(Events.draft(clock, EventFormat.ONLINE, null, 5)
                        .withAudience(EventAudience.PUBLIC, groupId, Set.of(), false)));
        long otherGroups = event(EventAudience.PUBLIC, otherGroup);
        return new World(groupId, open, members, groupOnly, draft, otherGroups);
    }

    @Test
    void the_public_feed_holds_exactly_the_public_events_of_a_listed_group_without_online_links() {
        World world = world(member("Mona"));

        String feed = calendars.publicFeed(world.groupId()).orElseThrow();

        assertThat(uids(feed)).containsExactly(uid(world.open()));
        assertThat(feed).doesNotContain("meet.example.org");
        assertThat(Calendars.parse(feed)
                        .getProperty("X-WR-CALNAME")
                        .orElseThrow()
                        .getValue())
                .startsWith("ddn Hamburg: Fachgruppe Gruppe ");
    }

    @Test
    void a_members_secret_feed_adds_members_events_and_stops_when_they_leave() {
        World world = world(member("Mona"));
        LoginAccount anna = member("Anna");
        Acting.run(anna, () -> groupMembership.join(world.groupId()));

        String address = Acting.as(anna, () -> feeds.renew(world.groupId()));
        assertThat(address).matches("http://localhost:8080/kalender/fachgruppe/abo/[A-Za-z0-9_-]{43}\\.ics");
        String secret = secretOf(address);
        assertThat(jdbc.queryForObject(
                        "select token_hash from group_calendar_feed where member_id = ?",
                        String.class,
                        anna.memberId()))
                .isEqualTo(Secrets.hash(secret));

        assertThat(uids(calendars.personalFeed(secret).orElseThrow()))
                .containsExactlyInAnyOrder(uid(world.open()), uid(world.members()), uid(world.groupOnly()));
        assertThat(calendars.personalFeed(secret).orElseThrow()).doesNotContain("meet.example.org");

        Acting.run(anna, () -> groupMembership.leave(world.groupId()));
        assertThat(calendars.personalFeed(secret)).as("after leaving the group").isEmpty();
        assertThat(Acting.as(anna, () -> feeds.offer(world.groupId())).personalFeed())
                .isFalse();
    }

    @Test
    void a_suspended_members_secret_feed_stops() {
        World world = world(member("Mona"));
        LoginAccount anna = member("Anna");
        Acting.run(anna, () -> groupMembership.join(world.groupId()));
        String secret = secretOf(Acting.as(anna, () -> feeds.renew(world.groupId())));
        assertThat(calendars.personalFeed(secret)).isPresent();

        Acting.run(testMembers.admin(), () -> memberAdministration.suspend(anna.memberId()));

        assertThat(calendars.personalFeed(secret)).isEmpty();
    }

    @Test
    void renewing_and_revoking_end_the_old_address() {
        World world = world(member("Mona"));
        LoginAccount anna = member("Anna");
        Acting.run(anna, () -> groupMembership.join(world.groupId()));
        assertThat(Acting.as(anna, () -> feeds.offer(world.groupId())).hasPersonalAddress())
                .isFalse();
        String first = secretOf(Acting.as(anna, () -> feeds.renew(world.groupId())));
        assertThat(Acting.as(anna, () -> feeds.offer(world.groupId())).hasPersonalAddress())
                .isTrue();

        String second = secretOf(Acting.as(anna, () -> feeds.renew(world.groupId())));

        assertThat(calendars.personalFeed(first)).as("renewed").isEmpty();
        assertThat(calendars.personalFeed(second)).isPresent();
        Acting.run(anna, () -> feeds.revoke(world.groupId()));
        assertThat(calendars.personalFeed(second)).as("revoked").isEmpty();
        assertThat(Acting.as(anna, () -> feeds.offer(world.groupId())).hasPersonalAddress())
                .isFalse();
        assertThat(calendars.personalFeed("not-a-secret")).isEmpty();
        assertThat(calendars.personalFeed(Secrets.newSecret())).isEmpty();
        assertThat(calendars.refusal(Locale.ENGLISH)).startsWith("There is no calendar");
    }

    @Test
    void only_members_get_a_secret_address_and_guests_none_at_all() {
        World world = world(member("Mona"));
        LoginAccount outsider = member("Otto");

        assertThatThrownBy(() -> Acting.as(outsider, () -> feeds.renew(world.groupId())))
                .isInstanceOf(DomainException.class)
                .hasMessage("calendar.group.membersOnly");
        GroupCalendarOffer offer = Acting.as(outsider, () -> feeds.offer(world.groupId()));
        assertThat(offer.publicFeed())
                .isEqualTo("http://localhost:8080/kalender/fachgruppe/" + world.groupId() + ".ics");
        assertThat(offer.personalFeed()).isFalse();
        assertThat(Acting.as(testMembers.admin(), () -> feeds.offer(world.groupId()))
                        .personalFeed())
                .as("an admin outside the group")
                .isFalse();
        assertThatThrownBy(() -> feeds.renew(world.groupId())).isInstanceOf(AuthenticationException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from group_calendar_feed where group_id = ?", Long.class, world.groupId()))
                .isZero();
    }

    @Test
    void a_hidden_group_has_no_public_feed_also_for_events_planned_before_it_was_hidden() {
        LoginAccount mona = member("Mona");
        World world = world(mona);
        var page = Acting.as(testMembers.admin(), () -> groupRead.page(world.groupId(), Locale.GERMAN));
        Acting.run(
                testMembers.admin(),
                () -> groupAdministration.update(
                        world.groupId(),
                        page.version(),
                        Groups.draft(page.name(), JoinPolicy.INVITE_ONLY, GroupVisibility.HIDDEN)));

        assertThat(calendars.publicFeed(world.groupId())).isEmpty();
        assertThat(calendars.publicFeed(-1)).isEmpty();
        assertThat(Acting.as(mona, () -> feeds.offer(world.groupId())).publicFeed())
                .isNull();
        assertThatThrownBy(() -> Acting.as(member("Otto"), () -> feeds.offer(world.groupId())))
                .isInstanceOf(NotFoundException.class);
        // Its members still have their secret feed, with the event planned for everybody.
        String secret = secretOf(Acting.as(mona, () -> feeds.renew(world.groupId())));
        assertThat(uids(calendars.personalFeed(secret).orElseThrow())).contains(uid(world.open()));

        Acting.run(testMembers.admin(), () -> groupAdministration.setArchived(world.groupId(), true));
        assertThat(calendars.publicFeed(world.groupId())).isEmpty();
    }

    @Test
    void an_archived_listed_group_has_no_public_feed() {
        World world = world(member("Mona"));
        Acting.run(testMembers.admin(), () -> groupAdministration.setArchived(world.groupId(), true));

        assertThat(calendars.publicFeed(world.groupId())).isEmpty();
    }

    private long event(EventAudience audience, long groupId) {
        return Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.ONLINE, null, 5).withAudience(audience, groupId, Set.of(), false));
    }

    private LoginAccount member(String firstName) {
        return Groups.member(testMembers, firstName, "Kalender");
    }

    private static List<String> uids(String feed) {
        return Calendars.events(feed).stream()
                .map(entry -> property(entry, "UID"))
                .toList();
    }

    private static String uid(long eventId) {
        return "event-" + eventId + "@localhost";
    }

    private static String secretOf(String address) {
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }
}
