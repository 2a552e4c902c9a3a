package de.ddnhamburg.network.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.OutboxRows;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Mails about new posts and replies, and the weekly digest, each through the outbox and once per fact. */
@IntegrationTest
class GroupNotificationTest {

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    GroupPostService groupPosts;

    @Autowired
    GroupReadService groups;

    @Autowired
    GroupDigest digest;

    @Autowired
    MemberService memberService;

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
    void the_default_is_the_digest_and_only_active_members_choose() {
        LoginAccount mod = member("Moni");
        long id = group(mod);
        LoginAccount outsider = member("Olaf");

        assertThat(Acting.as(mod, () -> groups.page(id, Locale.GERMAN)).notification())
                .isEqualTo(GroupNotification.DIGEST);
        assertThatThrownBy(() ->
                        Acting.run(outsider, () -> groupMembership.setNotification(id, GroupNotification.EACH_POST)))
                .isInstanceOf(AccessDeniedException.class);

        Acting.run(mod, () -> groupMembership.setNotification(id, GroupNotification.NONE));
        assertThat(Acting.as(mod, () -> groups.page(id, Locale.GERMAN)).notification())
                .isEqualTo(GroupNotification.NONE);
    }

    @Test
    void a_new_post_mails_the_members_who_chose_each_post_except_its_author() {
        LoginAccount mod = member("Moni");
        long id = group(mod);
        LoginAccount eager = joined(id, "Edda", GroupNotification.EACH_POST);
        LoginAccount english = joined(id, "Emily", GroupNotification.EACH_POST);
        Acting.run(english, () -> memberService.changeLanguage(Locale.ENGLISH));
        LoginAccount calm = joined(id, "Carla", GroupNotification.DIGEST);
        LoginAccount quiet = joined(id, "Quentin", GroupNotification.NONE);
        LoginAccount author = joined(id, "Arne", GroupNotification.EACH_POST);

        long post = Acting.as(
                author, () -> groupPosts.post(id, "Fachkräfte finden", "Wer hat Erfahrung mit <b>Tandems</b>?"));

        OutboxRows.Row mail = rows().one("group.post:" + post + ":" + eager.memberId());
        assertThat(mail.recipient()).isEqualTo(eager.email());
        assertThat(mail.subject()).isEqualTo("Neuer Beitrag in " + name(id) + ": Fachkräfte finden");
        assertThat(mail.body())
                .startsWith("Guten Tag Edda Gruppentest,\n\nArne Gruppentest hat in der Fachgruppe „" + name(id))
                .contains("Wer hat Erfahrung mit <b>Tandems</b>?")
                .contains("http://localhost:8080/fachgruppen/" + id);
        assertThat(rows().one("group.post:" + post + ":" + english.memberId()).subject())
                .isEqualTo("New post in " + name(id) + ": Fachkräfte finden");
        assertThat(mailbox().to(author.email(), "groupNewPost")).isEmpty();
        assertThat(mailbox().to(calm.email(), "groupNewPost")).isEmpty();
        assertThat(mailbox().to(quiet.email(), "groupNewPost")).isEmpty();
        assertThat(mailbox().to(mod.email(), "groupNewPost"))
                .as("the default is the digest")
                .isEmpty();
    }

    @Test
    void a_reply_mails_the_author_of_the_post_unless_they_chose_no_mails() {
        LoginAccount mod = member("Moni");
        long id = group(mod);
        LoginAccount author = joined(id, "Arne", GroupNotification.DIGEST);
        LoginAccount quiet = joined(id, "Quentin", GroupNotification.NONE);
        LoginAccount replier = joined(id, "Rita", GroupNotification.EACH_POST);
        long post =
                Acting.as(author, () -> groupPosts.post(id, null, "Kennt jemand eine gute Supervisorin in Altona?"));
        long quietPost = Acting.as(quiet, () -> groupPosts.post(id, "Still", "Bitte keine Mails."));

        long reply = Acting.as(replier, () -> groupPosts.reply(post, "Ja, schreiben Sie mir gern."));
        Acting.as(replier, () -> groupPosts.reply(quietPost, "Verstanden."));
        Acting.as(author, () -> groupPosts.reply(post, "Danke!"));

        OutboxRows.Row mail = rows().one("group.reply:" + reply + ":" + author.memberId());
        assertThat(mail.subject()).isEqualTo("Neue Antwort auf Ihren Beitrag in " + name(id));
        assertThat(mail.body())
                .contains("Rita Gruppentest hat in der Fachgruppe")
                .contains("„Kennt jemand eine gute Supervisorin in Altona?“")
                .contains("Ja, schreiben Sie mir gern.");
        assertThat(mailbox().to(author.email(), "groupPostReply"))
                .as("not for one's own reply")
                .hasSize(1);
        assertThat(mailbox().to(quiet.email(), "groupPostReply")).isEmpty();
        assertThat(mailbox().to(replier.email(), "groupPostReply")).isEmpty();
        assertThat(mailbox().to(replier.email(), "groupNewPost"))
                .as("replies are not new posts")
                .hasSize(2);
    }

    @Test
    void the_weekly_digest_lists_last_weeks_posts_of_my_digest_groups_once_a_week() {
        // A week of its own, far from what other tests write: the digest reads all groups.
        Instant monday = Instant.parse("2031-03-03T06:00:00Z");
        clock.set(monday.minus(Duration.ofDays(3)));
        LoginAccount mod = member("Moni");
        long busy = group(mod);
        long silent = group(mod);
        long own = group(mod);
        LoginAccount reader = joined(busy, "Dora", GroupNotification.DIGEST);
        Acting.run(reader, () -> groupMembership.join(silent));
        Acting.run(reader, () -> groupMembership.join(own));
        LoginAccount eager = joined(busy, "Edda", GroupNotification.EACH_POST);
        LoginAccount quiet = joined(busy, "Quentin", GroupNotification.NONE);
        LoginAccount author = joined(busy, "Arne", GroupNotification.DIGEST);
        Acting.as(author, () -> groupPosts.post(busy, "Zu alt", "Vor der Woche geschrieben."));

        clock.set(monday.plus(Duration.ofDays(1)));
        Acting.as(author, () -> groupPosts.post(busy, "Altersstrukturanalyse", "Welche Werkzeuge nutzen Sie?"));
        Acting.as(author, () -> groupPosts.post(busy, null, "Ein Beitrag ohne Titel, aber mit viel Text darin."));
        long removed = Acting.as(author, () -> groupPosts.post(busy, "Werbung", "Kaufen!"));
        Acting.run(mod, () -> groupPosts.removePost(removed, "Werbung"));
        Acting.as(reader, () -> groupPosts.post(own, "Mein eigener", "Nur von mir."));

        clock.set(monday.plus(Duration.ofDays(7)));
        int queued = digest.sendWeeklyDigests();

        String week = "group.digest:%d:2031-W11";
        OutboxRows.Row mail = rows().one(week.formatted(reader.memberId()));
        assertThat(mail.subject()).isEqualTo("Neues aus Ihren Fachgruppen");
        assertThat(mail.body())
                .contains(name(busy) + "\nhttp://localhost:8080/fachgruppen/" + busy)
                .contains("  – Altersstrukturanalyse (Arne Gruppentest)")
                .contains("  – Ein Beitrag ohne Titel, aber mit viel Text darin. (Arne Gruppentest)")
                .doesNotContain("Zu alt")
                .doesNotContain("Werbung")
                .doesNotContain(name(silent))
                .doesNotContain(name(own))
                .contains("http://localhost:8080/fachgruppen\n");
        assertThat(rows().byFact(week.formatted(mod.memberId())))
                .as("the moderator reads the digest too")
                .hasSize(1);
        assertThat(rows().byFact(week.formatted(author.memberId())))
                .as("only own posts")
                .isEmpty();
        assertThat(rows().byFact(week.formatted(eager.memberId()))).isEmpty();
        assertThat(rows().byFact(week.formatted(quiet.memberId()))).isEmpty();
        assertThat(queued).isEqualTo(2);

        clock.advance(Duration.ofHours(5));
        assertThat(digest.sendWeeklyDigests())
                .as("a second run in the same week")
                .isZero();
        assertThat(rows().byFact(week.formatted(reader.memberId()))).hasSize(1);
    }

    @Test
    void the_digest_week_is_the_iso_week_in_hamburg() {
        assertThat(GroupDigest.isoWeek(Instant.parse("2026-12-27T23:30:00Z"))).isEqualTo("2026-W53");
        assertThat(GroupDigest.isoWeek(Instant.parse("2027-01-03T23:30:00Z"))).isEqualTo("2027-W01");
    }

    // ------------------------------------------------------------ helpers

    private long group(LoginAccount moderator) {
        return Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
    }

    private String name(long id) {
        return Acting.as(testMembers.admin(), () -> groups.page(id, Locale.GERMAN))
                .name();
    }

    private LoginAccount member(String firstName) {
        return Groups.member(testMembers, firstName, "Gruppentest");
    }

    private LoginAccount joined(long id, String firstName, GroupNotification notification) {
        LoginAccount account = member(firstName);
        Acting.run(account, () -> {
            groupMembership.join(id);
            groupMembership.setNotification(id, notification);
        });
        return account;
    }

    private OutboxRows rows() {
        return new OutboxRows(jdbc);
    }

    private Mailbox mailbox() {
        return new Mailbox(jdbc);
    }
}
