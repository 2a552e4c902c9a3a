package de.ddnhamburg.network.domain.group;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The group tables on each database: the migrations, the unique membership, and racing joins. */
abstract class GroupContract {

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    GroupPostService groupPosts;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void cleanUp() {
        threads.shutdownNow();
        SecurityTestSupport.signOut();
    }

    @RepeatedTest(3)
    void two_racing_joins_of_the_same_member_give_one_membership() throws Exception {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        long id = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, mod);
        CyclicBarrier start = new CyclicBarrier(2);

        List<Future<GroupStanding>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return Acting.as(anna, () -> groupMembership.join(id));
            }));
        }

        for (Future<GroupStanding> result : results) {
            assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(GroupStanding.MEMBER);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from group_membership where group_id = ? and member_id = ?",
                        Long.class,
                        id,
                        anna.memberId()))
                .isEqualTo(1);
    }

    @Test
    void the_database_refuses_a_second_membership_and_long_posts() {
        LoginAccount mod = member("mod");
        long id = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, mod);

        Assertions.assertThrows(
                DataIntegrityViolationException.class,
                () -> jdbc.update(
                        "insert into group_membership (version, created_at, updated_at, group_id, member_id, role, status)"
                                + " values (0, current_timestamp, current_timestamp, ?, ?, 'MEMBER', 'ACTIVE')",
                        id,
                        mod.memberId()));
        Assertions.assertThrows(
                DataIntegrityViolationException.class,
                () -> jdbc.update(
                        "insert into group_post (version, created_at, updated_at, group_id, author_id, body)"
                                + " values (0, current_timestamp, current_timestamp, ?, ?, ?)",
                        id,
                        mod.memberId(),
                        "x".repeat(10_001)));
        long post = Acting.as(mod, () -> groupPosts.post(id, null, "ß".repeat(10_000)));
        assertThat(jdbc.queryForObject("select length(body) from group_post where id = ?", Integer.class, post))
                .isEqualTo(10_000);
    }

    private LoginAccount member(String name) {
        return Groups.member(testMembers, name, "Tester");
    }
}
