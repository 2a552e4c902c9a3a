package de.ddnhamburg.network.domain.member;

import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMarkers;
import de.ddnhamburg.network.support.TestMembers;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Expert groups in the commonalities of a profile: only those both members are active in. */
@IntegrationTest
class SharedGroupsTest {

    @Autowired
    MemberProfileService profiles;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    TestMembers testMembers;

    @AfterEach
    void signOut() {
        SecurityTestSupport.signOut();
    }

    @Test
    void commonalities_list_groups_both_are_active_members_of_also_hidden_ones() {
        String marker = TestMarkers.word("qs");
        LoginAccount me = member("Maja", marker);
        LoginAccount other = member("Olli", marker);
        LoginAccount moderator = member("Moni", marker);
        long both = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        long hiddenBoth = Groups.create(
                testMembers, groupAdministration, JoinPolicy.INVITE_ONLY, GroupVisibility.HIDDEN, moderator);
        long onlyOther =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        long requested = Groups.create(
                testMembers, groupAdministration, JoinPolicy.ON_REQUEST, GroupVisibility.LISTED, moderator);
        long hiddenOther = Groups.create(
                testMembers, groupAdministration, JoinPolicy.INVITE_ONLY, GroupVisibility.HIDDEN, moderator);
        Acting.run(moderator, () -> {
            groupMembership.invite(hiddenBoth, me.memberId());
            groupMembership.invite(hiddenBoth, other.memberId());
            groupMembership.invite(hiddenOther, other.memberId());
        });
        for (LoginAccount member : new LoginAccount[] {me, other}) {
            Acting.run(member, () -> {
                groupMembership.join(both);
                groupMembership.join(hiddenBoth);
                groupMembership.join(requested);
            });
        }
        Acting.run(other, () -> {
            groupMembership.join(onlyOther);
            groupMembership.join(hiddenOther);
        });
        SecurityTestSupport.signIn(me);

        Commonalities shared = profiles.commonalities(other.memberId(), Locale.GERMAN);

        assertThat(shared.groups()).extracting(GroupRef::id).containsExactlyInAnyOrder(both, hiddenBoth);
        assertThat(shared.isEmpty()).isFalse();
    }

    @Test
    void no_shared_group_leaves_the_list_empty() {
        String marker = TestMarkers.word("qs");
        LoginAccount me = member("Maja", marker);
        LoginAccount other = member("Olli", marker);
        SecurityTestSupport.signIn(me);

        assertThat(profiles.commonalities(other.memberId(), Locale.GERMAN).groups())
                .isEmpty();
    }

    private LoginAccount member(String firstName, String marker) {
        return testMembers.withProfile(
                (firstName + "." + marker).toLowerCase(Locale.ROOT) + "@example.org",
                profile(firstName, "Gemeinsam" + marker).build());
    }
}
