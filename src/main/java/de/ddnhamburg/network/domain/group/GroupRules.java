package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.common.DomainException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The input rules of groups and posts in one place: the service enforces them, and the forms use
 * the same checks to answer at the field. Post text is stored exactly as written and shown as text.
 */
public final class GroupRules {

    public static final int NAME_MAX = 100;
    public static final int SHORT_DESCRIPTION_MAX = 300;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int POST_TITLE_MAX = 200;
    public static final int POST_TEXT_MAX = 10_000;
    public static final int REMOVAL_REASON_MAX = 500;

    private GroupRules() {}

    /** @return the translation key of the problem with a post's text; it takes the maximum as {0} */
    public static Optional<String> checkPostText(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("group.post.textRequired");
        }
        return text.length() > POST_TEXT_MAX ? Optional.of("group.post.tooLong") : Optional.empty();
    }

    /** @return the translation key of the problem with a post's optional title; it takes the maximum as {0} */
    public static Optional<String> checkPostTitle(@Nullable String title) {
        return title != null && title.strip().length() > POST_TITLE_MAX
                ? Optional.of("group.post.titleTooLong")
                : Optional.empty();
    }

    static String validPostText(@Nullable String text) {
        checkPostText(text).ifPresent(key -> {
            throw new DomainException(key, POST_TEXT_MAX);
        });
        return Objects.requireNonNull(text, "checkPostText refuses a missing text");
    }

    static @Nullable String validPostTitle(@Nullable String title) {
        checkPostTitle(title).ifPresent(key -> {
            throw new DomainException(key, POST_TITLE_MAX);
        });
        return title == null || title.isBlank() ? null : title.strip();
    }

    static String required(@Nullable String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException("group.validation.required", field);
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new DomainException("group.validation.tooLong", field, max);
        }
        return clean;
    }

    static String reason(@Nullable String reason) {
        return required(reason, REMOVAL_REASON_MAX, "reason");
    }
}
