package de.ddnhamburg.network.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Posts and replies: who writes, edits, pins and removes them, and what is stored. */
@IntegrationTest
class GroupPostServiceTest extends GroupServiceTestBase {

    @Test
    void members_post_reply_edit_and_delete_their_own_posts() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);
        assertThatThrownBy(() -> as(anna, () -> posts.post(id, null, "Darf ich?")))
                .isInstanceOf(AccessDeniedException.class);
        as(anna, () -> membership.join(id));

        long post = as(anna, () -> posts.post(id, "Frage", "Wer hat Erfahrung mit Jobsharing?"));
        long reply = as(mod, () -> posts.reply(post, "Wir, gern!"));
        assertThatThrownBy(() -> as(anna, () -> posts.reply(reply, "Zu tief"))).hasMessage("group.post.replyToReply");
        as(anna, () -> run(() -> posts.editPost(post, "Frage zu Jobsharing", "Wer hat Erfahrung?")));

        List<PostItem> shown = as(anna, () -> posts.posts(id));
        assertThat(shown).singleElement().satisfies(view -> {
            assertThat(view.title()).isEqualTo("Frage zu Jobsharing");
            assertThat(view.editedAt()).isNotNull();
            assertThat(view.replies()).extracting(PostItem::text).containsExactly("Wir, gern!");
        });

        as(anna, () -> run(() -> posts.deletePost(post)));
        assertThat(as(anna, () -> posts.posts(id))).isEmpty();
    }

    @Test
    void moderators_pin_and_remove_posts_and_the_author_sees_the_reason() {
        LoginAccount mod = member("mod");
        LoginAccount anna = member("anna");
        LoginAccount bert = member("bert");
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);
        as(anna, () -> membership.join(id));
        as(bert, () -> membership.join(id));
        long older = as(anna, () -> posts.post(id, null, "Älterer Beitrag"));
        long newer = as(bert, () -> posts.post(id, null, "Werbung für mein Produkt"));

        as(mod, () -> run(() -> posts.setPinned(older, true)));
        assertThat(as(anna, () -> posts.posts(id))).extracting(PostItem::id).containsExactly(older, newer);
        as(mod, () -> run(() -> posts.removePost(newer, "Werbung ist hier nicht erlaubt.")));

        PostItem forAuthor = as(bert, () -> posts.posts(id)).get(1);
        assertThat(forAuthor.removed()).isTrue();
        assertThat(forAuthor.removedReason()).isEqualTo("Werbung ist hier nicht erlaubt.");
        PostItem forOthers = as(anna, () -> posts.posts(id)).get(1);
        assertThat(forOthers.text()).isNull();
        assertThat(forOthers.removedReason()).isNull();
        assertThat(audited("GROUP_POST_PINNED", "group-post:" + older)).isEqualTo(1);
        assertThat(audited("GROUP_POST_REMOVED", "group-post:" + newer)).isEqualTo(1);

        as(mod, () -> run(() -> posts.setPinned(older, false)));
        assertThat(audited("GROUP_POST_UNPINNED", "group-post:" + older)).isEqualTo(1);
    }

    @Test
    void script_and_html_are_stored_exactly_as_written() {
        LoginAccount mod = member("mod");
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);
        String text = "<script>alert('x')</script>\n<b>fett</b> & <img src=x onerror=alert(1)>";

        long post = as(mod, () -> posts.post(id, "<i>Titel</i>", text));

        assertThat(jdbc.queryForObject("select body from group_post where id = ?", String.class, post))
                .isEqualTo(text);
        assertThat(as(mod, () -> posts.posts(id))).singleElement().satisfies(view -> {
            assertThat(view.text()).isEqualTo(text);
            assertThat(view.title()).isEqualTo("<i>Titel</i>");
        });
    }

    @Test
    void a_post_of_10001_characters_is_refused_and_10000_are_fine() {
        LoginAccount mod = member("mod");
        long id = group(JoinPolicy.OPEN, GroupVisibility.LISTED, mod);

        assertThatThrownBy(() -> as(mod, () -> posts.post(id, null, "x".repeat(10_001))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("group.post.tooLong");
                    assertThat(e.getArguments()).containsExactly(10_000);
                });
        assertThatThrownBy(() -> as(mod, () -> posts.post(id, null, "   "))).hasMessage("group.post.textRequired");
        long post = as(mod, () -> posts.post(id, null, "ä".repeat(10_000)));
        assertThat(as(mod, () -> posts.posts(id))).extracting(PostItem::id).containsExactly(post);
    }
}
