package de.ddnhamburg.network.domain.group;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.TestMarkers;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What members see of groups: hidden groups, and the list with its search. */
@IntegrationTest
class GroupReadServiceTest extends GroupServiceTestBase {

    @Test
    void a_hidden_group_does_not_exist_for_non_members() {
        LoginAccount mod = member("mod");
        LoginAccount outsider = member("outsider");
        LoginAccount invited = member("invited");
        long id = group(JoinPolicy.OPEN, GroupVisibility.HIDDEN, mod);
        long post = as(mod, () -> posts.post(id, "Geheim", "Nur für uns"));
        String name = as(mod, () -> groups.page(id, Locale.GERMAN)).name();

        assertThat(as(outsider, () -> groups.list(null, Locale.GERMAN)))
                .extracting(GroupCard::id)
                .doesNotContain(id);
        assertThat(as(outsider, () -> groups.list(name, Locale.GERMAN))).isEmpty();
        assertNotFound(outsider, () -> groups.page(id, Locale.GERMAN));
        assertNotFound(outsider, () -> posts.posts(id));
        assertNotFound(outsider, () -> membership.join(id));
        assertNotFound(outsider, () -> posts.reply(post, "Ich auch"));
        assertNotFound(outsider, () -> membership.approve(id, outsider.memberId()));

        as(mod, () -> run(() -> membership.invite(id, invited.memberId())));
        assertThat(as(invited, () -> groups.list(null, Locale.GERMAN)))
                .extracting(GroupCard::id)
                .contains(id);
        assertThat(as(invited, () -> membership.join(id))).isEqualTo(GroupStanding.MEMBER);
        assertThat(as(invited, () -> posts.posts(id))).extracting(PostItem::id).containsExactly(post);
        assertThat(as(testMembers.admin(), () -> groups.list(name, Locale.GERMAN)))
                .extracting(GroupCard::id)
                .containsExactly(id);
    }

    @Test
    void the_list_searches_by_name_and_topic_and_shows_my_groups_first() {
        LoginAccount anna = member("anna");
        String marker = TestMarkers.word("suche");
        long first = as(
                testMembers.admin(),
                () -> administration.create(
                        new GroupDraft(
                                "A " + marker, "k", "", Set.of("diversity"), JoinPolicy.OPEN, GroupVisibility.LISTED),
                        Set.of()));
        long second = as(
                testMembers.admin(),
                () -> administration.create(
                        new GroupDraft(
                                "B " + marker, "k", "", Set.of("fuehrung"), JoinPolicy.OPEN, GroupVisibility.LISTED),
                        Set.of()));
        as(anna, () -> membership.join(second));
        as(anna, () -> posts.post(second, null, "Erster Beitrag"));

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
}
