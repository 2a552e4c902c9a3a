package de.ddnhamburg.network.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMarkers;
import de.ddnhamburg.network.support.TestMembers;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The policies and rights of expert groups, enforced by the service whatever a view offers. */
@IntegrationTest
class GroupServiceTest {

    @Autowired
    GroupService groups;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        SecurityTestSupport.signOut();
    }

    // ------------------------------------------------------------ admins

    @Test
    void only_admins_create_edit_and_archive_groups_and_it_is_audited() {
        LoginAccount mod = member("mod");
        GroupDraft draft = Groups.draft(TestMarkers.word("Gruppe "), JoinPolicy.OPEN, GroupVisibility.LISTED);
        assertThatThrownBy(() -> as(mod, () -> groups.create(draft, Set.of())))
                .isInstanceOf(AccessDeniedException.class);

        long id = as(testMembers.admin(), () -> groups.create(draft, Set.of(mod.memberId())));
        GroupPage page = as(mod, () -> groups.page(id, Locale.GERMAN));
        assertThat(page.standing()).isEqualTo(GroupStanding.MODERATOR);
        assertThat(page.topics()).extracting(t -> t.slug()).containsExactly("digitalisierung-der-arbeitswelt");

        assertThatThrownBy(() -> as(mod, () -> run(() -> groups.setArchived(id, true))))
                .isInstanceOf(AccessDeniedException.class);
        as(
                testMembers.admin(),
                () -> run(() -> groups.update(
                        id,
                        page.version(),
                        new GroupDraft(
                                draft.name(),
                                "Neu",
                                "Lang",
                                Set.of("diversity"),
                                JoinPolicy.ON_REQUEST,
                                GroupVisibility.LISTED))));
        as(testMembers.admin(), () -> run(() -> groups.setArchived(id, true)));

        assertThat(as(mod, () -> groups.page(id, Locale.GERMAN))).satisfies(p -> {
            assertThat(p.archived()).isTrue();
            assertThat(p.joinPolicy()).isEqualTo(JoinPolicy.ON_REQUEST);
        });
        assertThat(audited("GROUP_CREATED", "group:" + id)).isEqualTo(1);
        assertThat(audited("GROUP_MODERATOR_APPOINTED", "group:" + id)).isEqualTo(1);
        assertThat(audited("GROUP_UPDATED", "group:" + id)).isEqualTo(1);
        assertThat(audited("GROUP_ARCHIVED", "group:" + id)).isEqualTo(1);
        // Archived: no more joining or posting.
        assertThatThrownBy(() -> as(member("late"), () -> groups.join(id))).hasMessage("group.archived");
        assertThatThrownBy(() -> as(mod, () -> groups.post(id, null, "Hallo"))).hasMessage("group.archived");
    }

    @Test
    void group_names_are_unique_and_topics_come_from_the_curated_list() {
        String name = TestMarkers.word("Gruppe ");
        as(
                testMembers.admin(),
                () -> groups.create(Groups.draft(name, JoinPolicy.OPEN, GroupVisibility.LISTED), Set.of()));
        assertThatThrownBy(() -> as(
                        testMembers.admin(),
                        () -> groups.create(
                                Groups.draft(name.toUpperCase(Locale.ROOT), JoinPolicy.OPEN, GroupVisibility.LISTED),
                                Set.of())))
                .hasMessage("group.name.taken");
        assertThatThrownBy(() -> as(
                        testMembers.admin(),
                        () -> groups.create(
                                new GroupDraft(
                                        TestMarkers.word("G "),
                                        "k",
                                        "l",
                                        Set.of("no-such-topic"),
                                        JoinPolicy.OPEN,
                                        GroupVisibility.LISTED),
                                Set.of())))
                .hasMessage("topic.unknown");
    }

    // ------------------------------------------------------------ joining

    @Test
    void an_open_group_is_joined_at_once_and_left_again() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);

        assertThat(as(anna, () -> groups.join(id))).isEqualTo(GroupStanding.MEMBER);
        assertThat(as(anna, () -> groups.join(id))).as("joining twice").isEqualTo(GroupStanding.MEMBER);
        assertThat(as(anna, () -> groups.list(null, Locale.GERMAN)))
                .filteredOn(c -> c.id() == id)
                .singleElement()
                .satisfies(card -> {
                    assertThat(card.memberCount()).isEqualTo(2);
                    assertThat(card.mine()).isTrue();
                });

        as(anna, () -> run(() -> groups.leave(id)));
        assertThat(as(anna, () -> groups.page(id, Locale.GERMAN)).standing()).isEqualTo(GroupStanding.NONE);
    }

    @Test
    void a_request_mails_the_moderators_who_approve_or_decline_and_the_member_can_withdraw() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        LoginAccount carl = member("carl");
        long id = group(JoinPolicy.ON_REQUEST, GroupVisibility.LISTED, mod);

        assertThat(as(anna, () -> groups.join(id))).isEqualTo(GroupStanding.REQUESTED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_mail where fact_key like ? and recipient = ?",
                        Long.class,
                        "group.joinRequest:%",
                        mod.email()))
                .isEqualTo(1);
        assertThat(as(anna, () -> groups.page(id, Locale.GERMAN)).requests())
                .as("only moderators see requests")
                .isEmpty();
        assertThatThrownBy(() -> as(anna, () -> groups.posts(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(mod, () -> groups.page(id, Locale.GERMAN)).requests())
                .extracting(GroupMemberView::memberId)
                .containsExactly(anna.memberId());

        as(mod, () -> run(() -> groups.approve(id, anna.memberId())));
        assertThat(as(anna, () -> groups.page(id, Locale.GERMAN)).standing()).isEqualTo(GroupStanding.MEMBER);
        assertThat(audited("GROUP_MEMBER_APPROVED", "group:" + id)).isEqualTo(1);

        as(bert, () -> groups.join(id));
        as(mod, () -> run(() -> groups.decline(id, bert.memberId())));
        assertThat(as(bert, () -> groups.page(id, Locale.GERMAN)).standing()).isEqualTo(GroupStanding.NONE);
        assertThat(audited("GROUP_MEMBER_DECLINED", "group:" + id)).isEqualTo(1);

        as(carl, () -> groups.join(id));
        as(carl, () -> run(() -> groups.withdrawRequest(id)));
        assertThat(as(carl, () -> groups.page(id, Locale.GERMAN)).standing()).isEqualTo(GroupStanding.NONE);
    }

    @Test
    void invite_only_groups_take_members_by_invitation_which_they_accept_or_decline() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long id = group(JoinPolicy.INVITE_ONLY, GroupVisibility.LISTED, mod);

        assertThatThrownBy(() -> as(anna, () -> groups.join(id))).hasMessage("group.join.inviteOnly");
        as(mod, () -> run(() -> groups.invite(id, anna.memberId())));
        as(mod, () -> run(() -> groups.invite(id, bert.memberId())));
        assertThat(as(anna, () -> groups.page(id, Locale.GERMAN)).standing()).isEqualTo(GroupStanding.INVITED);
        assertThat(audited("GROUP_MEMBER_INVITED", "group:" + id)).isEqualTo(2);

        assertThat(as(anna, () -> groups.join(id))).isEqualTo(GroupStanding.MEMBER);
        as(bert, () -> run(() -> groups.declineInvitation(id)));
        assertThat(as(bert, () -> groups.page(id, Locale.GERMAN)).standing()).isEqualTo(GroupStanding.NONE);
    }

    @Test
    void the_last_moderator_cannot_leave_before_appointing_another() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);
        as(anna, () -> groups.join(id));

        assertThatThrownBy(() -> as(mod, () -> run(() -> groups.leave(id)))).hasMessage("group.leave.lastModerator");
        as(mod, () -> run(() -> groups.appointModerator(id, anna.memberId())));
        as(mod, () -> run(() -> groups.leave(id)));

        GroupPage page = as(anna, () -> groups.page(id, Locale.GERMAN));
        assertThat(page.moderators()).extracting(GroupMemberView::memberId).containsExactly(anna.memberId());
        assertThat(audited("GROUP_MODERATOR_APPOINTED", "group:" + id)).isEqualTo(2);
    }

    @Test
    void moderators_remove_members_and_it_is_audited() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);
        as(anna, () -> groups.join(id));

        as(mod, () -> run(() -> groups.removeMember(id, anna.memberId())));

        assertThat(as(anna, () -> groups.page(id, Locale.GERMAN)).standing()).isEqualTo(GroupStanding.NONE);
        assertThat(audited("GROUP_MEMBER_REMOVED", "group:" + id)).isEqualTo(1);
    }

    @Test
    void a_member_cannot_approve_remove_appoint_invite_pin_or_remove_posts() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long id = group(JoinPolicy.ON_REQUEST, GroupVisibility.LISTED, mod);
        as(anna, () -> groups.join(id));
        as(mod, () -> run(() -> groups.approve(id, anna.memberId())));
        as(bert, () -> groups.join(id));
        long post = as(mod, () -> groups.post(id, null, "Willkommen"));

        assertDenied(anna, () -> groups.approve(id, bert.memberId()));
        assertDenied(anna, () -> groups.decline(id, bert.memberId()));
        assertDenied(anna, () -> groups.removeMember(id, mod.memberId()));
        assertDenied(anna, () -> groups.appointModerator(id, anna.memberId()));
        assertDenied(anna, () -> groups.invite(id, bert.memberId()));
        assertDenied(anna, () -> groups.setPinned(post, true));
        assertDenied(anna, () -> groups.removePost(post, "Grund"));
        assertDenied(anna, () -> groups.editPost(post, null, "Übernommen"));
        assertDenied(anna, () -> groups.deletePost(post));
    }

    @Test
    void a_moderator_of_one_group_has_no_rights_in_another() {
        LoginAccount modA = member("moda");
        LoginAccount modB = member("modb");
        LoginAccount anna = member("anna");
        long groupA = group(JoinPolicy.OPEN, GroupVisibility.LISTED, modA);
        long groupB = group(JoinPolicy.ON_REQUEST, GroupVisibility.LISTED, modB);
        as(anna, () -> groups.join(groupB));
        long postB = as(modB, () -> groups.post(groupB, "B", "Text in B"));

        assertDenied(modA, () -> groups.approve(groupB, anna.memberId()));
        assertDenied(modA, () -> groups.decline(groupB, anna.memberId()));
        assertDenied(modA, () -> groups.removeMember(groupB, modB.memberId()));
        assertDenied(modA, () -> groups.appointModerator(groupB, modA.memberId()));
        assertDenied(modA, () -> groups.invite(groupB, modA.memberId()));
        assertDenied(modA, () -> groups.setPinned(postB, true));
        assertDenied(modA, () -> groups.removePost(postB, "Grund"));
        assertThat(as(modA, () -> groups.page(groupB, Locale.GERMAN)).requests())
                .isEmpty();
        assertThat(as(modA, () -> groups.page(groupA, Locale.GERMAN)).canModerate())
                .isTrue();
    }

    // ------------------------------------------------------------ hidden groups

    @Test
    void a_hidden_group_does_not_exist_for_non_members() {
        LoginAccount mod = member("mod");
        LoginAccount outsider = member("outsider");
        LoginAccount invited = member("invited");
        long id = group(JoinPolicy.OPEN, GroupVisibility.HIDDEN, mod);
        long post = as(mod, () -> groups.post(id, "Geheim", "Nur für uns"));
        String name = as(mod, () -> groups.page(id, Locale.GERMAN)).name();

        assertThat(as(outsider, () -> groups.list(null, Locale.GERMAN)))
                .extracting(GroupCard::id)
                .doesNotContain(id);
        assertThat(as(outsider, () -> groups.list(name, Locale.GERMAN))).isEmpty();
        assertNotFound(outsider, () -> groups.page(id, Locale.GERMAN));
        assertNotFound(outsider, () -> groups.posts(id));
        assertNotFound(outsider, () -> groups.join(id));
        assertNotFound(outsider, () -> groups.reply(post, "Ich auch"));
        assertNotFound(outsider, () -> groups.approve(id, outsider.memberId()));

        as(mod, () -> run(() -> groups.invite(id, invited.memberId())));
        assertThat(as(invited, () -> groups.list(null, Locale.GERMAN)))
                .extracting(GroupCard::id)
                .contains(id);
        assertThat(as(invited, () -> groups.join(id))).isEqualTo(GroupStanding.MEMBER);
        assertThat(as(invited, () -> groups.posts(id))).extracting(PostView::id).containsExactly(post);
        assertThat(as(testMembers.admin(), () -> groups.list(name, Locale.GERMAN)))
                .extracting(GroupCard::id)
                .containsExactly(id);
    }

    // ------------------------------------------------------------ listing

    @Test
    void the_list_searches_by_name_and_topic_and_shows_my_groups_first() {
        LoginAccount anna = member("anna");
        String marker = TestMarkers.word("suche");
        long first = as(
                testMembers.admin(),
                () -> groups.create(
                        new GroupDraft(
                                "A " + marker, "k", "", Set.of("diversity"), JoinPolicy.OPEN, GroupVisibility.LISTED),
                        Set.of()));
        long second = as(
                testMembers.admin(),
                () -> groups.create(
                        new GroupDraft(
                                "B " + marker, "k", "", Set.of("fuehrung"), JoinPolicy.OPEN, GroupVisibility.LISTED),
                        Set.of()));
        as(anna, () -> groups.join(second));
        as(anna, () -> groups.post(second, null, "Erster Beitrag"));

        List<GroupCard> found = as(anna, () -> groups.list(marker, Locale.GERMAN));
        assertThat(found).extracting(GroupCard::id).containsExactly(second, first);
        assertThat(found.get(0).latestActivity()).isNotNull();
        assertThat(found.get(1).latestActivity()).isNull();
        assertThat(as(anna, () -> groups.list("diversity", Locale.GERMAN)))
                .extracting(GroupCard::id)
                .contains(first)
                .doesNotContain(second);
        assertThat(as(anna, () -> groups.list("Führung", Locale.GERMAN)))
                .extracting(GroupCard::id)
                .contains(second)
                .doesNotContain(first);
    }

    // ------------------------------------------------------------ posts

    @Test
    void members_post_reply_edit_and_delete_their_own_posts() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);
        assertThatThrownBy(() -> as(anna, () -> groups.post(id, null, "Darf ich?")))
                .isInstanceOf(AccessDeniedException.class);
        as(anna, () -> groups.join(id));

        long post = as(anna, () -> groups.post(id, "Frage", "Wer hat Erfahrung mit Jobsharing?"));
        long reply = as(mod, () -> groups.reply(post, "Wir, gern!"));
        assertThatThrownBy(() -> as(anna, () -> groups.reply(reply, "Zu tief"))).hasMessage("group.post.replyToReply");
        as(anna, () -> run(() -> groups.editPost(post, "Frage zu Jobsharing", "Wer hat Erfahrung?")));

        List<PostView> shown = as(anna, () -> groups.posts(id));
        assertThat(shown).singleElement().satisfies(view -> {
            assertThat(view.title()).isEqualTo("Frage zu Jobsharing");
            assertThat(view.editedAt()).isNotNull();
            assertThat(view.replies()).extracting(PostView::text).containsExactly("Wir, gern!");
        });

        as(anna, () -> run(() -> groups.deletePost(post)));
        assertThat(as(anna, () -> groups.posts(id))).isEmpty();
    }

    @Test
    void moderators_pin_and_remove_posts_and_the_author_sees_the_reason() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);
        as(anna, () -> groups.join(id));
        as(bert, () -> groups.join(id));
        long older = as(anna, () -> groups.post(id, null, "Älterer Beitrag"));
        long newer = as(bert, () -> groups.post(id, null, "Werbung für mein Produkt"));

        as(mod, () -> run(() -> groups.setPinned(older, true)));
        assertThat(as(anna, () -> groups.posts(id))).extracting(PostView::id).containsExactly(older, newer);
        as(mod, () -> run(() -> groups.removePost(newer, "Werbung ist hier nicht erlaubt.")));

        PostView forAuthor = as(bert, () -> groups.posts(id)).get(1);
        assertThat(forAuthor.removed()).isTrue();
        assertThat(forAuthor.removedReason()).isEqualTo("Werbung ist hier nicht erlaubt.");
        PostView forOthers = as(anna, () -> groups.posts(id)).get(1);
        assertThat(forOthers.text()).isNull();
        assertThat(forOthers.removedReason()).isNull();
        assertThat(audited("GROUP_POST_PINNED", "group-post:" + older)).isEqualTo(1);
        assertThat(audited("GROUP_POST_REMOVED", "group-post:" + newer)).isEqualTo(1);

        as(mod, () -> run(() -> groups.setPinned(older, false)));
        assertThat(audited("GROUP_POST_UNPINNED", "group-post:" + older)).isEqualTo(1);
    }

    @Test
    void script_and_html_are_stored_exactly_as_written() {
        LoginAccount mod = member("mod");
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);
        String text = "<script>alert('x')</script>\n<b>fett</b> & <img src=x onerror=alert(1)>";

        long post = as(mod, () -> groups.post(id, "<i>Titel</i>", text));

        assertThat(jdbc.queryForObject("select body from group_post where id = ?", String.class, post))
                .isEqualTo(text);
        assertThat(as(mod, () -> groups.posts(id))).singleElement().satisfies(view -> {
            assertThat(view.text()).isEqualTo(text);
            assertThat(view.title()).isEqualTo("<i>Titel</i>");
        });
    }

    @Test
    void a_post_of_10001_characters_is_refused_and_10000_are_fine() {
        LoginAccount mod = member("mod");
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);

        assertThatThrownBy(() -> as(mod, () -> groups.post(id, null, "x".repeat(10_001))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("group.post.tooLong");
                    assertThat(e.getArguments()).containsExactly(10_000);
                });
        assertThatThrownBy(() -> as(mod, () -> groups.post(id, null, "   "))).hasMessage("group.post.textRequired");
        long post = as(mod, () -> groups.post(id, null, "ä".repeat(10_000)));
        assertThat(as(mod, () -> groups.posts(id))).extracting(PostView::id).containsExactly(post);
    }

    // ------------------------------------------------------------ helpers

    private long group(JoinPolicy policy, GroupVisibility visibility, LoginAccount... moderators) {
        return Groups.create(testMembers, groups, policy, visibility, moderators);
    }

    private LoginAccount member(String name) {
        return Groups.member(testMembers, name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1), "Tester");
    }

    private long audited(String action, String target) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from audit_entry where action = ? and target = ?", Long.class, action, target));
    }

    private static <T> T as(LoginAccount account, Supplier<T> action) {
        return Acting.as(account, action);
    }

    private static Object run(Runnable action) {
        action.run();
        return "";
    }

    private static void assertDenied(LoginAccount account, Runnable action) {
        assertThatThrownBy(() -> Acting.run(account, action)).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertNotFound(LoginAccount account, Runnable action) {
        assertThatThrownBy(() -> Acting.run(account, action)).isInstanceOf(NotFoundException.class);
    }
}
