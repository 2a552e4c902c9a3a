package de.ddnhamburg.network.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.TestMarkers;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Admins create, edit and archive groups; names are unique and topics curated. */
@IntegrationTest
class GroupAdministrationServiceTest extends GroupServiceTestBase {

    @Test
    void only_admins_create_edit_and_archive_groups_and_it_is_audited() {
        LoginAccount mod = member("mod");
        GroupDraft draft = Groups.draft(TestMarkers.word("Gruppe "), JoinPolicy.OPEN, GroupVisibility.LISTED);
        assertThatThrownBy(() -> as(mod, () -> administration.create(draft, Set.of())))
                .isInstanceOf(AccessDeniedException.class);

        long id = as(testMembers.admin(), () -> administration.create(draft, Set.of(mod.memberId())));
        GroupPage page = as(mod, () -> groups.page(id, Locale.GERMAN));
        assertThat(page.standing()).isEqualTo(GroupStanding.MODERATOR);
        assertThat(page.topics()).extracting(t -> t.slug()).containsExactly("digitalisierung-der-arbeitswelt");

        assertThatThrownBy(() -> as(mod, () -> run(() -> administration.setArchived(id, true))))
                .isInstanceOf(AccessDeniedException.class);
        as(
                testMembers.admin(),
                () -> run(() -> administration.update(
                        id,
                        page.version(),
                        new GroupDraft(
                                draft.name(),
                                "Neu",
                                "Lang",
                                Set.of("diversity"),
                                JoinPolicy.ON_REQUEST,
                                GroupVisibility.LISTED))));
        as(testMembers.admin(), () -> run(() -> administration.setArchived(id, true)));

        assertThat(as(mod, () -> groups.page(id, Locale.GERMAN))).satisfies(p -> {
            assertThat(p.archived()).isTrue();
            assertThat(p.joinPolicy()).isEqualTo(JoinPolicy.ON_REQUEST);
        });
        assertThat(audited("GROUP_CREATED", "group:" + id)).isEqualTo(1);
        assertThat(audited("GROUP_MODERATOR_APPOINTED", "group:" + id)).isEqualTo(1);
        assertThat(audited("GROUP_UPDATED", "group:" + id)).isEqualTo(1);
        assertThat(audited("GROUP_ARCHIVED", "group:" + id)).isEqualTo(1);
        // Archived: outside it, the group is gone as from the list (issue 12); inside, no more posting.
        assertThatThrownBy(() -> as(member("late"), () -> membership.join(id)))
                .isInstanceOf(de.ddnhamburg.network.domain.common.NotFoundException.class);
        assertThatThrownBy(() -> as(mod, () -> posts.post(id, null, "Hallo"))).hasMessage("group.archived");
    }

    @Test
    void group_names_are_unique_and_topics_come_from_the_curated_list() {
        String name = TestMarkers.word("Gruppe ");
        as(
                testMembers.admin(),
                () -> administration.create(Groups.draft(name, JoinPolicy.OPEN, GroupVisibility.LISTED), Set.of()));
        assertThatThrownBy(() -> as(
                        testMembers.admin(),
                        () -> administration.create(
                                Groups.draft(name.toUpperCase(Locale.ROOT), JoinPolicy.OPEN, GroupVisibility.LISTED),
                                Set.of())))
                .hasMessage("group.name.taken");
        assertThatThrownBy(() -> as(
                        testMembers.admin(),
                        () -> administration.create(
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
}
