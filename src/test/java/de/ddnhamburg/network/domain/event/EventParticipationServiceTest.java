package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.NotFoundException;
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
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who appears in an event's participant list, and "Wer noch kommt": opt-in, and as the directory shows people. */
@IntegrationTest
class EventParticipationServiceTest {

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
    void nobody_is_listed_without_opting_in_and_hidden_profiles_and_waiting_members_stay_out() {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 3, null));
        LoginAccount anna = registered(eventId, "Anna", Set.of());
        LoginAccount hidden = registered(eventId, "Hanna", Set.of());
        LoginAccount quiet = registered(eventId, "Quentin", Set.of());
        LoginAccount waiting = registered(eventId, "Wanda", Set.of());
        LoginAccount viewer = Groups.member(testMembers, "Vera", "Viewer");

        assertThat(extras(viewer, eventId).participants()).isEmpty();
        assertThat(extras(anna, eventId).shownAsParticipant()).isFalse();
        assertThat(extras(viewer, eventId).shownAsParticipant()).isNull();

        for (LoginAccount account : new LoginAccount[] {anna, hidden, waiting}) {
            Acting.run(account, () -> participation.showMe(eventId, true));
        }
        jdbc.update("update member set listed_in_directory = false where id = ?", hidden.memberId());

        assertThat(extras(viewer, eventId).participants())
                .extracting(ParticipantName::memberId)
                .containsExactly(anna.memberId())
                .doesNotContain(hidden.memberId(), quiet.memberId(), waiting.memberId());
        assertThat(extras(anna, eventId).shownAsParticipant()).isTrue();
        assertThat(guestSees(eventId).participants())
                .as("names are shown to members only")
                .isEmpty();

        Acting.run(anna, () -> participation.showMe(eventId, false));
        assertThat(extras(viewer, eventId).participants()).isEmpty();
    }

    @Test
    void only_a_registered_member_can_opt_in_and_only_for_an_event_they_may_see() {
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 3, null));
        LoginAccount viewer = Groups.member(testMembers, "Nora", "Nichtangemeldet");
        assertThatThrownBy(() -> Acting.run(viewer, () -> participation.showMe(eventId, true)))
                .hasMessage("event.participants.notRegistered");

        LoginAccount moderator = Groups.member(testMembers, "Mona", "Moderatorin");
        long groupId =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        long groupEvent = Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, 3, null)
                        .withAudience(EventAudience.GROUP_MEMBERS, groupId, Set.of(), false));
        assertThatThrownBy(() -> extras(viewer, groupEvent)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Acting.run(viewer, () -> participation.showMe(groupEvent, true)))
                .isInstanceOf(NotFoundException.class);
        assertThat(extras(moderator, groupEvent).mayOrganise()).isTrue();
        assertThat(extras(viewer, eventId).mayOrganise()).isFalse();
    }

    @Test
    void who_else_is_coming_shows_listed_participants_who_share_open_topics_or_groups_with_me() {
        LoginAccount moderator = Groups.member(testMembers, "Mona", "Moderatorin");
        long groupId =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 10, null));
        LoginAccount me = registered(eventId, "Ich", Set.of("fuehrung"));
        LoginAccount sameTopic = registered(eventId, "Theo", Set.of("fuehrung"));
        LoginAccount sameGroup = registered(eventId, "Greta", Set.of());
        LoginAccount nothingShared = registered(eventId, "Nils", Set.of("netzwerken"));
        LoginAccount closedTopics = registered(eventId, "Clara", Set.of("fuehrung"));
        LoginAccount notOptedIn = registered(eventId, "Otto", Set.of("fuehrung"));
        Acting.run(me, () -> groupMembership.join(groupId));
        Acting.run(sameGroup, () -> groupMembership.join(groupId));
        for (LoginAccount account : new LoginAccount[] {me, sameTopic, sameGroup, nothingShared, closedTopics}) {
            Acting.run(account, () -> participation.showMe(eventId, true));
        }
        jdbc.update("update member set vis_topics = 'CONTACTS' where id = ?", closedTopics.memberId());

        EventExtras extras = extras(me, eventId);

        assertThat(extras.participants())
                .extracting(ParticipantName::memberId)
                .contains(me.memberId(), nothingShared.memberId())
                .doesNotContain(notOptedIn.memberId());
        assertThat(extras.alsoComing())
                .extracting(FellowParticipant::memberId)
                .containsExactlyInAnyOrder(sameTopic.memberId(), sameGroup.memberId());
        assertThat(extras.alsoComing())
                .filteredOn(fellow -> fellow.memberId() == sameTopic.memberId())
                .singleElement()
                .satisfies(fellow -> assertThat(fellow.sharedTopics()).containsExactly("Führung"));
        assertThat(extras.alsoComing())
                .filteredOn(fellow -> fellow.memberId() == sameGroup.memberId())
                .singleElement()
                .satisfies(fellow -> assertThat(fellow.sharedGroups()).hasSize(1));
    }

    /** A guest on the page of the same event made public. */
    private EventExtras guestSees(long eventId) {
        jdbc.update("update event set audience = 'PUBLIC' where id = ?", eventId);
        SecurityTestSupport.signOut();
        try {
            return participation.extras(eventId, Locale.GERMAN);
        } finally {
            jdbc.update("update event set audience = 'MEMBERS' where id = ?", eventId);
        }
    }

    private EventExtras extras(LoginAccount account, long eventId) {
        return Acting.as(account, () -> participation.extras(eventId, Locale.GERMAN));
    }

    private LoginAccount registered(long eventId, String firstName, Set<String> topics) {
        LoginAccount account =
                testMembers.ensure(Contacts.uniqueEmail("p"), firstName, "Teilnehmend", Set.of(Roles.MEMBER), topics);
        Acting.run(account, () -> registrations.register(eventId, SeatKind.IN_PERSON));
        return account;
    }
}
