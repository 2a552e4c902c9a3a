package de.ddnhamburg.network.domain.group;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A post or reply as the viewer may see it. A removed post keeps its place; its title and text are
 * null except for its author, who also sees the moderator's reason.
 */
public record PostItem(
        long id,
        long authorId,
        String authorName,
        String authorInitials,
        @Nullable String title,
        @Nullable String text,
        Instant createdAt,
        @Nullable Instant editedAt,
        boolean pinned,
        boolean removed,
        @Nullable String removedReason,
        boolean mine,
        List<PostItem> replies) {}
