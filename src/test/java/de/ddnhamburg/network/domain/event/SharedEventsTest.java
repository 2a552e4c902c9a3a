package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.EventRef;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberDirectoryService;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.Participants;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, point 3: events both take part in appear in "Gemeinsamkeiten" and count in the
 * suggestions, but only registrations the other made visible, and only events the viewer may see
 * (a hidden group's events stay unknown to whoever is not, or no longer, in the group).
 */
@IntegrationTest
class SharedEventsTest {

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    EventParticipationService participation;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    MemberProfileService profiles;

    @Autowired
    MemberDirectoryService directory;

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
    void shared_events_count_only_as_far_as_both_may_see_them() {
        LoginAccount me = Groups.member(testMembers, "Ida", "Gemeinsam");
        LoginAccount other = Groups.member(testMembers, "Olaf", "Gemeinsam");
        LoginAccount third = Groups.member(testMembers, "Tara", "Gemeinsam");
        LoginAccount quiet = Groups.member(testMembers, "Quentin", "Gemeinsam");

        long open = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 10, null));
        participants.take(open, me, false);
        participants.take(open, other, true);
        participants.take(open, quiet, false);

        long groupId = Groups.create(
                testMembers, groupAdministration, JoinPolicy.INVITE_ONLY, GroupVisibility.HIDDEN, other, me, third);
        long hidden = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, 10, null)
                        .withAudience(EventAudience.GROUP_MEMBERS, groupId, Set.of(), false));
        participants.take(hidden, me, false);
        participants.take(hidden, third, true);

        assertThat(sharedEvents(me, other)).containsExactly(open);
        assertThat(sharedEvents(me, quiet))
                .as("Quentin did not show his registration")
                .isEmpty();
        assertThat(sharedEvents(me, third)).as("both in the hidden group").containsExactly(hidden);
        assertThat(suggested(me)).contains(other.memberId(), third.memberId()).doesNotContain(quiet.memberId());

        Acting.run(me, () -> groupMembership.leave(groupId));

        assertThat(sharedEvents(me, third)).as("no longer in the hidden group").isEmpty();
        assertThat(suggested(me)).contains(other.memberId()).doesNotContain(third.memberId());

        // Even if the event were open to all members, the hidden group's event stays unknown outside it.
        jdbc.update("update event set audience = 'MEMBERS' where id = ?", hidden);
        assertThat(sharedEvents(me, third)).isEmpty();
    }

    private List<Long> sharedEvents(LoginAccount viewer, LoginAccount other) {
        return Acting.as(viewer, () -> profiles.commonalities(other.memberId(), Locale.GERMAN)).events().stream()
                .map(EventRef::id)
                .toList();
    }

    private List<Long> suggested(LoginAccount viewer) {
        return Acting.as(viewer, () -> directory.suggestionsForMe(500, Locale.GERMAN)).stream()
                .map(suggestion -> suggestion.card().id())
                .toList();
    }
}
