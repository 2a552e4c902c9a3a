package de.ddnhamburg.network.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import org.junit.jupiter.api.Test;

/** The input rules of groups and posts, shared by the service and the forms; no Spring. */
class GroupRulesTest {

    @Test
    void a_post_needs_text_of_at_most_10000_characters_counted_as_written() {
        assertThat(GroupRules.checkPostText(null)).contains("group.post.textRequired");
        assertThat(GroupRules.checkPostText(" \n ")).contains("group.post.textRequired");
        assertThat(GroupRules.checkPostText("x".repeat(GroupRules.POST_TEXT_MAX)))
                .isEmpty();
        assertThat(GroupRules.checkPostText("x".repeat(GroupRules.POST_TEXT_MAX + 1)))
                .contains("group.post.tooLong");
        // Stored exactly as written, so the spaces around it count too.
        assertThat(GroupRules.checkPostText(" " + "x".repeat(GroupRules.POST_TEXT_MAX)))
                .contains("group.post.tooLong");
    }

    @Test
    void a_post_title_is_optional_and_at_most_200_characters_after_trimming() {
        assertThat(GroupRules.checkPostTitle(null)).isEmpty();
        assertThat(GroupRules.checkPostTitle("  " + "x".repeat(GroupRules.POST_TITLE_MAX) + "  "))
                .isEmpty();
        assertThat(GroupRules.checkPostTitle("x".repeat(GroupRules.POST_TITLE_MAX + 1)))
                .contains("group.post.titleTooLong");
    }

    @Test
    void the_service_refuses_with_the_key_and_the_maximum_and_keeps_valid_text_as_written() {
        assertRefused(() -> GroupRules.validPostText(" "), "group.post.textRequired", GroupRules.POST_TEXT_MAX);
        assertRefused(
                () -> GroupRules.validPostText("x".repeat(GroupRules.POST_TEXT_MAX + 1)),
                "group.post.tooLong",
                GroupRules.POST_TEXT_MAX);
        assertThat(GroupRules.validPostText("  Hallo\n  ")).isEqualTo("  Hallo\n  ");
    }

    @Test
    void a_valid_title_is_trimmed_and_a_blank_one_is_none() {
        assertThat(GroupRules.validPostTitle("  Treffen  ")).isEqualTo("Treffen");
        assertThat(GroupRules.validPostTitle("   ")).isNull();
        assertThat(GroupRules.validPostTitle(null)).isNull();
        assertRefused(
                () -> GroupRules.validPostTitle("x".repeat(GroupRules.POST_TITLE_MAX + 1)),
                "group.post.titleTooLong",
                GroupRules.POST_TITLE_MAX);
    }

    @Test
    void a_required_field_names_itself_when_missing_or_too_long() {
        assertRefused(() -> GroupRules.required(null, 10, "name"), "group.validation.required", "name");
        assertRefused(() -> GroupRules.required("  ", 10, "name"), "group.validation.required", "name");
        assertRefused(() -> GroupRules.required("x".repeat(11), 10, "name"), "group.validation.tooLong", "name", 10);
        assertThat(GroupRules.required("  " + "x".repeat(10) + " ", 10, "name")).isEqualTo("x".repeat(10));
    }

    @Test
    void a_removal_needs_a_reason_of_at_most_500_characters() {
        assertRefused(() -> GroupRules.reason(" "), "group.validation.required", "reason");
        assertRefused(
                () -> GroupRules.reason("x".repeat(GroupRules.REMOVAL_REASON_MAX + 1)),
                "group.validation.tooLong",
                "reason",
                GroupRules.REMOVAL_REASON_MAX);
        assertThat(GroupRules.reason(" Werbung ")).isEqualTo("Werbung");
    }

    private static void assertRefused(Runnable check, String key, Object... arguments) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getArguments()).containsExactly(arguments);
        });
    }
}
