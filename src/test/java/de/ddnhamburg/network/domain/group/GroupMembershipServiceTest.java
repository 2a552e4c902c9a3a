package de.ddnhamburg.network.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.IntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Joining, asking, inviting and leaving, and the moderators' rights, whatever a view offers. */
@IntegrationTest
class GroupMembershipServiceTest extends GroupServiceTestBase {

    @Test
    void an_open_group_is_joined_at_once_and_left_again() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);

        assertThat(as(anna, () -> membership.join(id))).isEqualTo(GroupStanding.MEMBER);
        assertThat(as(anna, () -> membership.join(id))).as("joining twice").isEqualTo(GroupStanding.MEMBER);
        assertThat(as(anna, () -> groups.list(null, Locale.GERMAN)))
                .filteredOn(c -> c.id() == id)
                .singleElement()
                .satisfies(card -> {
                    assertThat(card.memberCount()).isEqualTo(2);
                    assertThat(card.mine()).isTrue();
                });

        as(anna, () -> run(() -> membership.leave(id)));
        assertThat(as(anna, () -> groups.page(id, Locale.GERMAN)).standing()).isEqualTo(GroupStanding.NONE);
    }

    @Test
    void a_request_mails_the_moderators_who_approve_or_decline_and_the_member_can_withdraw() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        LoginAccount carl = member("carl");
        long id = group(JoinPolicy.ON_REQUEST, GroupVisibility.LISTED, mod);

        assertThat(as(anna, () -> membership.join(id))).isEqualTo(GroupStanding.REQUESTED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_mail where fact_key like ? and recipient = ?",
                        Long.class,
                        "group.joinRequest:%",
                        mod.email()))
                .isEqualTo(1);
        assertThat(as(anna, () -> groups.page(id, Locale.GERMAN)).requests())
                .as("only moderators see requests")
                .isEmpty();
        assertThatThrownBy(() -> as(anna, () -> posts.posts(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(mod, () -> groups.page(id, Locale.GERMAN)).requests())
                .extracting(GroupMemberItem::memberId)
                .containsExactly(anna.memberId());

        as(mod, () -> run(() -> membership.approve(id, anna.memberId())));
        assertThat(as(anna, () -> groups.page(id, Locale.GERMAN)).standing()).isEqualTo(GroupStanding.MEMBER);
        assertThat(audited("GROUP_MEMBER_APPROVED", "group:" + id)).isEqualTo(1);

        as(bert, () -> membership.join(id));
        as(mod, () -> run(() -> membership.decline(id, bert.memberId())));
        assertThat(as(bert, () -> groups.page(id, Locale.GERMAN)).standing()).isEqualTo(GroupStanding.NONE);
        assertThat(audited("GROUP_MEMBER_DECLINED", "group:" + id)).isEqualTo(1);

        as(carl, () -> membership.join(id));
        as(carl, () -> run(() -> membership.withdrawRequest(id)));
        assertThat(as(carl, () -> groups.page(id, Locale.GERMAN)).standing()).isEqualTo(GroupStanding.NONE);
    }

    @Test
    void invite_only_groups_take_members_by_invitation_which_they_accept_or_decline() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long id = group(JoinPolicy.INVITE_ONLY, GroupVisibility.LISTED, mod);

        assertThatThrownBy(() -> as(anna, () -> membership.join(id))).hasMessage("group.join.inviteOnly");
        as(mod, () -> run(() -> membership.invite(id, anna.memberId())));
        as(mod, () -> run(() -> membership.invite(id, bert.memberId())));
        assertThat(as(anna, () -> groups.page(id, Locale.GERMAN)).standing()).isEqualTo(GroupStanding.INVITED);
        assertThat(audited("GROUP_MEMBER_INVITED", "group:" + id)).isEqualTo(2);

        assertThat(as(anna, () -> membership.join(id))).isEqualTo(GroupStanding.MEMBER);
        as(bert, () -> run(() -> membership.declineInvitation(id)));
        assertThat(as(bert, () -> groups.page(id, Locale.GERMAN)).standing()).isEqualTo(GroupStanding.NONE);
    }

    @Test
    void a_moderator_invites_only_active_members_they_may_see() {
        LoginAccount mod = member("mod");
        LoginAccount suspended = member("gesperrt");
        LoginAccount hidden = member("versteckt");
        LoginAccount listed = member("sichtbar");
        long id = group(JoinPolicy.INVITE_ONLY, GroupVisibility.LISTED, mod);
        jdbcForInvites.update("update member set status = 'SUSPENDED' where id = ?", suspended.memberId());
        jdbcForInvites.update("update member set listed_in_directory = false where id = ?", hidden.memberId());

        assertThatThrownBy(() -> as(mod, () -> run(() -> membership.invite(id, suspended.memberId()))))
                .isInstanceOf(de.ddnhamburg.network.domain.common.NotFoundException.class);
        assertThatThrownBy(() -> as(mod, () -> run(() -> membership.invite(id, hidden.memberId()))))
                .isInstanceOf(de.ddnhamburg.network.domain.common.NotFoundException.class);
        as(mod, () -> run(() -> membership.invite(id, listed.memberId())));
        assertThat(as(listed, () -> groups.page(id, Locale.GERMAN)).standing()).isEqualTo(GroupStanding.INVITED);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcForInvites;

    @Test
    void the_last_moderator_cannot_leave_before_appointing_another() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);
        as(anna, () -> membership.join(id));

        assertThatThrownBy(() -> as(mod, () -> run(() -> membership.leave(id))))
                .hasMessage("group.leave.lastModerator");
        as(mod, () -> run(() -> membership.appointModerator(id, anna.memberId())));
        as(mod, () -> run(() -> membership.leave(id)));

        GroupPage page = as(anna, () -> groups.page(id, Locale.GERMAN));
        assertThat(page.moderators()).extracting(GroupMemberItem::memberId).containsExactly(anna.memberId());
        assertThat(audited("GROUP_MODERATOR_APPOINTED", "group:" + id)).isEqualTo(2);
    }

    @Test
    void moderators_remove_members_and_it_is_audited() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);
        as(anna, () -> membership.join(id));

        as(mod, () -> run(() -> membership.removeMember(id, anna.memberId())));

        assertThat(as(anna, () -> groups.page(id, Locale.GERMAN)).standing()).isEqualTo(GroupStanding.NONE);
        assertThat(audited("GROUP_MEMBER_REMOVED", "group:" + id)).isEqualTo(1);
    }

    @Test
    void a_member_cannot_approve_remove_appoint_invite_pin_or_remove_posts() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long id = group(JoinPolicy.ON_REQUEST, GroupVisibility.LISTED, mod);
        as(anna, () -> membership.join(id));
        as(mod, () -> run(() -> membership.approve(id, anna.memberId())));
        as(bert, () -> membership.join(id));
        long post = as(mod, () -> posts.post(id, null, "Willkommen"));

        assertDenied(anna, () -> membership.approve(id, bert.memberId()));
        assertDenied(anna, () -> membership.decline(id, bert.memberId()));
        assertDenied(anna, () -> membership.removeMember(id, mod.memberId()));
        assertDenied(anna, () -> membership.appointModerator(id, anna.memberId()));
        assertDenied(anna, () -> membership.invite(id, bert.memberId()));
        assertDenied(anna, () -> posts.setPinned(post, true));
        assertDenied(anna, () -> posts.removePost(post, "Grund"));
        assertDenied(anna, () -> posts.editPost(post, null, "Übernommen"));
        assertDenied(anna, () -> posts.deletePost(post));
    }

    @Test
    void a_moderator_of_one_group_has_no_rights_in_another() {
        LoginAccount modA = member("moda");
        LoginAccount modB = member("modb");
        LoginAccount anna = member("anna");
        long groupA = group(JoinPolicy.OPEN, GroupVisibility.LISTED, modA);
        long groupB = group(JoinPolicy.ON_REQUEST, GroupVisibility.LISTED, modB);
        as(anna, () -> membership.join(groupB));
        long postB = as(modB, () -> posts.post(groupB, "B", "Text in B"));

        assertDenied(modA, () -> membership.approve(groupB, anna.memberId()));
        assertDenied(modA, () -> membership.decline(groupB, anna.memberId()));
        assertDenied(modA, () -> membership.removeMember(groupB, modB.memberId()));
        assertDenied(modA, () -> membership.appointModerator(groupB, modA.memberId()));
        assertDenied(modA, () -> membership.invite(groupB, modA.memberId()));
        assertDenied(modA, () -> posts.setPinned(postB, true));
        assertDenied(modA, () -> posts.removePost(postB, "Grund"));
        assertThat(as(modA, () -> groups.page(groupB, Locale.GERMAN)).requests())
                .isEmpty();
        assertThat(as(modA, () -> groups.page(groupA, Locale.GERMAN)).canModerate())
                .isTrue();
    }
}
