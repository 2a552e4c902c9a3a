package de.ddnhamburg.network.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.OutboxRows;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Admins hear about waiting approvals: a count for the navigation and one mail a day. */
@IntegrationTest
class ApprovalReminderTest {

    @Autowired
    ApprovalsService approvals;

    @Autowired
    ApprovalReminder reminder;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void a_request_to_join_counts_for_admins_only() {
        long before = Acting.as(testMembers.admin(), approvals::waiting).groupRequests();
        askToJoin();

        assertThat(Acting.as(testMembers.admin(), approvals::waiting).groupRequests())
                .isEqualTo(before + 1);
        assertThatThrownBy(() -> Acting.as(testMembers.member(), approvals::waiting))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void admins_get_one_mail_a_day_while_something_waits() {
        askToJoin();
        LoginAccount admin = testMembers.admin();
        clock.set(Instant.parse("2031-03-05T07:00:00Z"));

        assertThat(reminder.remindAdmins()).isPositive();
        OutboxRows.Row mail = new OutboxRows(jdbc).one("approvals.waiting:" + admin.memberId() + ":2031-03-05");
        assertThat(mail.recipient()).isEqualTo(admin.email());
        assertThat(mail.subject()).isEqualTo("Es warten Freigaben auf Sie");
        assertThat(mail.body()).contains("Beitrittsanfragen zu Fachgruppen", "/verwaltung/mitglieder");

        assertThat(reminder.remindAdmins()).as("the same day again").isZero();
        clock.set(Instant.parse("2031-03-06T07:00:00Z"));
        assertThat(reminder.remindAdmins()).as("the next day").isPositive();
    }

    private void askToJoin() {
        LoginAccount moderator = Groups.member(testMembers, "Mona", "Moderiert");
        long group = Groups.create(
                testMembers, groupAdministration, JoinPolicy.ON_REQUEST, GroupVisibility.LISTED, moderator);
        LoginAccount asking = Groups.member(testMembers, "Anja", "Anfragend");
        Acting.run(asking, () -> groupMembership.join(group));
    }
}
