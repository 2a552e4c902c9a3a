package de.ddnhamburg.network.domain.onboarding;

import static de.ddnhamburg.network.support.Contacts.firstContact;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.ProfileUpdate;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.TestMembers;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who gets the first steps (issue 16 point 6): a new member only, as the issue defines one (profile
 * incomplete, no contacts, no groups), never an admin; the steps stay until all three are done, each
 * reported done on its own, and an established member's start page costs one query.
 */
@IntegrationTest
class FirstStepsServiceTest {

    @Autowired
    FirstStepsService firstSteps;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService memberships;

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    ContactRequestService contactRequests;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    long group;
    long onlineRound;

    @BeforeEach
    void aGroupOnTheNewcomersTopicAndAnOnlineRound() {
        group = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        onlineRound = Events.published(testMembers, events, Events.draft(clock, EventFormat.ONLINE, null, 500));
    }

    @Test
    void a_new_member_keeps_the_steps_until_all_three_are_done_and_then_never_sees_them_again() {
        LoginAccount newcomer = newcomer();

        FirstSteps first = mine(newcomer);
        assertThat(first.shown()).isTrue();
        assertThat(first.profileDone()).isFalse();
        assertThat(first.groupDone()).isFalse();
        assertThat(first.eventDone()).isFalse();
        assertThat(first.group()).isNotNull();
        assertThat(first.onlineRound()).isNotNull();

        // Joining a group makes the member look established; the other steps stay all the same.
        Acting.run(newcomer, () -> memberships.join(group));
        FirstSteps afterGroup = mine(newcomer);
        assertThat(afterGroup.shown()).isTrue();
        assertThat(afterGroup.groupDone()).isTrue();
        assertThat(afterGroup.group()).isNull();
        assertThat(afterGroup.eventDone()).isFalse();

        Acting.run(newcomer, () -> registrations.register(onlineRound, SeatKind.ONLINE));
        FirstSteps afterEvent = mine(newcomer);
        assertThat(afterEvent.shown()).isTrue();
        assertThat(afterEvent.eventDone()).isTrue();
        assertThat(afterEvent.profileDone()).isFalse();

        testMembers.withProfile(newcomer.email(), completeProfile());
        assertThat(mine(newcomer).shown()).isFalse();

        // Done is done: leaving the group again does not bring the list back.
        Acting.run(newcomer, () -> memberships.leave(group));
        assertThat(mine(newcomer).shown()).isFalse();
    }

    @Test
    void a_member_with_a_complete_profile_is_not_new_although_without_contacts_and_groups() {
        LoginAccount established = testMembers.withProfile(Contacts.uniqueEmail("fs.done"), completeProfile());

        assertThat(mine(established).shown()).isFalse();
    }

    @Test
    void a_member_in_a_group_is_not_new_although_the_profile_is_incomplete() {
        LoginAccount inAGroup = newcomer();
        Acting.run(inAGroup, () -> memberships.join(group));

        assertThat(mine(inAGroup).shown()).isFalse();
    }

    @Test
    void a_member_with_a_contact_is_not_new_although_the_profile_is_incomplete() {
        LoginAccount withContact = newcomer();
        LoginAccount other = Groups.member(testMembers, "Kai", "Kontakt");
        long request = Acting.as(other, () -> contactRequests.send(withContact.memberId(), firstContact()))
                .id();
        Acting.run(withContact, () -> contactRequests.accept(request));

        assertThat(mine(withContact).shown()).isFalse();
    }

    @Test
    void an_admin_is_never_new_even_with_an_empty_profile_no_contacts_and_no_groups() {
        LoginAccount admin = testMembers.ensure(
                Contacts.uniqueEmail("fs.admin"), "Ada", "Admin", Set.of(Roles.MEMBER, Roles.ADMIN), Set.of());

        assertThat(mine(admin).shown()).isFalse();
    }

    @Test
    void an_established_members_start_page_asks_one_query() {
        LoginAccount established = testMembers.withProfile(Contacts.uniqueEmail("fs.q"), completeProfile());
        mine(established);

        assertThat(statementsOf(() -> mine(established), "")).isEqualTo(1);
    }

    @Test
    void the_event_step_asks_one_query_for_my_registrations_however_many_events_are_coming() {
        LoginAccount newcomer = newcomer();
        mine(newcomer);
        long before = statementsOf(() -> mine(newcomer), "event_registration");

        for (int i = 0; i < 3; i++) {
            Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 20, null));
        }

        assertThat(statementsOf(() -> mine(newcomer), "event_registration"))
                .as("my registrations in one question, not one per coming event")
                .isEqualTo(before);
        // The registration it finds is one of several coming events, not the first.
        long later = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 20, null));
        Acting.run(newcomer, () -> registrations.register(later, SeatKind.IN_PERSON));
        assertThat(mine(newcomer).eventDone()).isTrue();
    }

    private LoginAccount newcomer() {
        return testMembers.ensure(
                Contacts.uniqueEmail("fs.new"),
                "Nele",
                "Neu",
                Set.of(Roles.MEMBER),
                Set.of("digitalisierung-der-arbeitswelt"));
    }

    private static ProfileUpdate completeProfile() {
        return profile("Erika", "Etabliert")
                .topics("digitalisierung-der-arbeitswelt")
                .bio("Seit Jahren im Netzwerk.")
                .expertise("Personalentwicklung")
                .build();
    }

    private FirstSteps mine(LoginAccount account) {
        return Acting.as(account, () -> firstSteps.mine(Locale.GERMAN));
    }

    /**
     * The statements the database ran while the action ran, as H2's query statistics count them
     * ({@code SET QUERY_STATISTICS} starts them afresh), without commits; {@code table} narrows them to
     * those naming it.
     */
    private long statementsOf(Runnable action, String table) {
        jdbc.execute("SET QUERY_STATISTICS FALSE");
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        try {
            action.run();
            System.out.println("STATS "
                    + jdbc.queryForList(
                            "select sql_statement, execution_count from information_schema.query_statistics"));
            Long count = jdbc.queryForObject(
                    "select coalesce(sum(execution_count), 0) from information_schema.query_statistics"
                            + " where lower(sql_statement) like ? and lower(sql_statement) not like '%query_statistics%'"
                            + " and upper(sql_statement) not in ('COMMIT', 'ROLLBACK')",
                    Long.class, "%" + table + "%");
            return count == null ? 0 : count;
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
    }
}
