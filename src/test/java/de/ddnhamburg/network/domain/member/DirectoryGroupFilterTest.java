package de.ddnhamburg.network.domain.member;

import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.NotFoundException;
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
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The directory's group filter: who may filter by which group. A hidden group's members are known
 * only to its members, so for anyone else the filter does not exist, whatever a view offers.
 */
@IntegrationTest
class DirectoryGroupFilterTest {

    @Autowired
    MemberDirectoryService directory;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    TestMembers testMembers;

    String marker;
    LoginAccount moderator;
    LoginAccount insider;
    LoginAccount invited;
    LoginAccount outsider;
    long hidden;
    long listed;

    @BeforeEach
    void groups() {
        marker = TestMarkers.word("qg");
        moderator = member("Mia", "Moderiert");
        insider = member("Ines", "Drinnen");
        invited = member("Ivo", "Eingeladen");
        outsider = member("Olaf", "Draussen");
        hidden = Groups.create(
                testMembers, groupAdministration, JoinPolicy.INVITE_ONLY, GroupVisibility.HIDDEN, moderator);
        listed = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        Acting.run(moderator, () -> {
            groupMembership.invite(hidden, insider.memberId());
            groupMembership.invite(hidden, invited.memberId());
        });
        Acting.run(insider, () -> groupMembership.join(hidden));
    }

    @AfterEach
    void signOut() {
        SecurityTestSupport.signOut();
    }

    @Test
    void anyone_filters_by_a_listed_group() {
        Acting.run(insider, () -> groupMembership.join(listed));
        SecurityTestSupport.signIn(outsider);

        assertThat(directory.filterGroups())
                .extracting(GroupRef::id)
                .contains(listed)
                .doesNotContain(hidden);
        assertThat(names(DirectoryFilter.all().withText(marker).withGroup(listed)))
                .containsExactly("Ines Drinnen" + marker, "Mia Moderiert" + marker);
    }

    @Test
    void a_hidden_group_does_not_exist_for_outsiders_nor_for_the_merely_invited() {
        for (LoginAccount viewer : List.of(outsider, invited)) {
            SecurityTestSupport.signIn(viewer);
            DirectoryFilter byHidden = DirectoryFilter.all().withGroup(hidden);

            assertThat(directory.filterGroups()).extracting(GroupRef::id).doesNotContain(hidden);
            assertThatThrownBy(() -> directory.findPage(byHidden, PageRequest.of(0, 50), Locale.GERMAN))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> directory.count(byHidden)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void active_members_of_a_hidden_group_filter_by_it() {
        SecurityTestSupport.signIn(insider);

        assertThat(directory.filterGroups()).extracting(GroupRef::id).contains(hidden, listed);
        assertThat(names(DirectoryFilter.all().withGroup(hidden)))
                .containsExactly("Ines Drinnen" + marker, "Mia Moderiert" + marker);
        assertThat(directory.count(DirectoryFilter.all().withGroup(hidden))).isEqualTo(new DirectoryCount(2, true));
    }

    @Test
    void an_unknown_group_is_not_found() {
        SecurityTestSupport.signIn(insider);

        assertThatThrownBy(() -> directory.count(DirectoryFilter.all().withGroup(-7L)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_archived_group_is_offered_to_its_members_only() {
        Acting.run(testMembers.admin(), () -> groupAdministration.setArchived(listed, true));

        SecurityTestSupport.signIn(outsider);
        assertThat(directory.filterGroups()).extracting(GroupRef::id).doesNotContain(listed);
        assertThatThrownBy(() -> directory.count(DirectoryFilter.all().withGroup(listed)))
                .isInstanceOf(NotFoundException.class);

        SecurityTestSupport.signIn(moderator);
        assertThat(directory.filterGroups()).extracting(GroupRef::id).contains(listed);
        assertThat(directory.count(DirectoryFilter.all().withGroup(listed)).value())
                .isEqualTo(1);
    }

    private LoginAccount member(String firstName, String lastName) {
        return testMembers.withProfile(
                (firstName + "." + lastName + marker).toLowerCase(Locale.ROOT) + "@example.org",
                profile(firstName, lastName + marker).build());
    }

    private List<String> names(DirectoryFilter filter) {
        return directory.findPage(filter, PageRequest.of(0, 50), Locale.GERMAN).stream()
                .map(MemberCard::displayName)
                .toList();
    }
}
