package de.ddnhamburg.network.domain.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Announcements;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Announcements when things happen at once, on each database: runs of the batch job on several
 * nodes at the same time (a lock that ran out while a slow run went on) mail each recipient exactly
 * once, and racing clicks on "Senden" make one announcement.
 */
abstract class AnnouncementDispatchContract {

    static final int RECIPIENTS = 60;
    static final int RUNS = 4;

    @Autowired
    AnnouncementService announcements;

    @Autowired
    AnnouncementDispatch dispatch;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(RUNS);

    @AfterEach
    void cleanUp() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        SecurityTestSupport.signOut();
        Announcements.forgetAll(jdbc);
    }

    @Test
    void runs_of_the_job_on_several_nodes_at_once_mail_each_recipient_exactly_once() throws Exception {
        long group = groupOf(RECIPIENTS);
        long id = Acting.as(testMembers.admin(), () -> announcements.send(UUID.randomUUID(), draft(group)));

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(() -> {
                start.await();
                int handled = 0;
                for (int n = dispatch.sendNextBatch(7); n > 0; n = dispatch.sendNextBatch(7)) {
                    handled += n;
                }
                return handled;
            });
        }
        List<Future<Integer>> results = new ArrayList<>();
        runs.forEach(run -> results.add(threads.submit(run)));
        start.countDown();
        int handled = 0;
        for (Future<Integer> result : results) {
            handled += result.get(2, TimeUnit.MINUTES);
        }
        handled += dispatch.sendNextBatch();

        // Each recipient was dealt with by exactly one run, and has exactly one mail.
        assertThat(handled).isEqualTo(RECIPIENTS);
        assertThat(count("select count(*) from outbox_mail where fact_key like ?", "announcement:" + id + ":%"))
                .isEqualTo(RECIPIENTS);
        assertThat(count(
                        "select count(distinct recipient) from outbox_mail where fact_key like ?",
                        "announcement:" + id + ":%"))
                .isEqualTo(RECIPIENTS);
        assertThat(count(
                        "select count(*) from announcement_recipient where announcement_id = ? and status = 'SENT'",
                        id))
                .isEqualTo(RECIPIENTS);
        assertThat(jdbc.queryForObject("select status from announcement where id = ?", String.class, id))
                .isEqualTo("SENT");
    }

    @Test
    void racing_clicks_on_send_with_one_request_make_one_announcement() throws Exception {
        long group = groupOf(10);
        UUID request = UUID.randomUUID();
        LoginAccount admin = testMembers.admin();

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> clicks = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            clicks.add(threads.submit(() -> {
                start.await();
                return Acting.as(admin, () -> announcements.send(request, draft(group)));
            }));
        }
        start.countDown();
        List<Long> ids = new ArrayList<>();
        for (Future<Long> click : clicks) {
            ids.add(click.get(1, TimeUnit.MINUTES));
        }

        assertThat(ids).containsOnly(ids.getFirst());
        assertThat(count("select count(*) from announcement where request_key = ?", request.toString()))
                .isEqualTo(1);
        assertThat(count("select count(*) from announcement_recipient where announcement_id = ?", ids.getFirst()))
                .isEqualTo(10);
    }

    private static AnnouncementDraft draft(long group) {
        return new AnnouncementDraft(Audience.groupMembers(group), "Rundschreiben", "Für alle.", null, null);
    }

    /** A group of new active members (inserted in bulk, as creating them one by one would take long). */
    private long groupOf(int size) {
        long group = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = Events.bulkMembers(jdbc, size).stream()
                .map(member -> new Object[] {now, now, group, member.memberId()})
                .toList();
        jdbc.batchUpdate(
                "insert into group_membership (version, created_at, updated_at, group_id, member_id, role, status)"
                        + " values (0, ?, ?, ?, ?, 'MEMBER', 'ACTIVE')",
                rows);
        return group;
    }

    private int count(String sql, Object... arguments) {
        Integer count = jdbc.queryForObject(sql, Integer.class, arguments);
        return count == null ? 0 : count;
    }
}
