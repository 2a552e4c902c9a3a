package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A post in a group, or a reply to one (one level only). The text is stored exactly as written;
 * views show it as text. A moderator's removal keeps the row with its reason for the author.
 */
@Entity
@Table(name = "group_post")
class GroupPost extends AbstractEntity {

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "parent_id", updatable = false)
    private @Nullable Long parentId;

    @Column(length = GroupRules.POST_TITLE_MAX)
    private @Nullable String title;

    @Column(name = "body", nullable = false, length = GroupRules.POST_TEXT_MAX)
    private String text = "";

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "removed_at")
    private @Nullable Instant removedAt;

    @Column(name = "removed_reason", length = GroupRules.REMOVAL_REASON_MAX)
    private @Nullable String removedReason;

    protected GroupPost() {}

    GroupPost(long groupId, long authorId, @Nullable Long parentId, @Nullable String title, String text) {
        this.groupId = groupId;
        this.authorId = authorId;
        this.parentId = parentId;
        this.title = title;
        this.text = text;
    }

    long id() {
        return Objects.requireNonNull(getId(), "not saved yet");
    }

    long getGroupId() {
        return groupId;
    }

    long getAuthorId() {
        return authorId;
    }

    @Nullable
    Long getParentId() {
        return parentId;
    }

    boolean isReply() {
        return parentId != null;
    }

    @Nullable
    String getTitle() {
        return title;
    }

    String getText() {
        return text;
    }

    @Nullable
    Instant getEditedAt() {
        return editedAt;
    }

    boolean isPinned() {
        return pinned;
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    @Nullable
    String getRemovedReason() {
        return removedReason;
    }

    Instant createdAt() {
        return Objects.requireNonNull(getCreatedAt(), "not saved yet");
    }

    void edit(@Nullable String title, String text, Instant now) {
        this.title = title;
        this.text = text;
        this.editedAt = now;
    }

    void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    void remove(String reason, Instant now) {
        this.removedAt = now;
        this.removedReason = reason;
        this.pinned = false;
    }
}
