package de.ddnhamburg.network.domain.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A group's image, stored as re-encoded by {@code member.PhotoProcessor}: a JPEG of at most 512 px without metadata. */
@Entity
@Table(name = "group_image")
class GroupImage {

    @Id
    @Column(name = "group_id")
    private Long groupId;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected GroupImage() {
        this.groupId = 0L;
        this.content = new byte[0];
        this.updatedAt = Instant.EPOCH;
    }

    GroupImage(long groupId, byte[] content, Instant updatedAt) {
        this.groupId = groupId;
        this.content = content.clone();
        this.updatedAt = updatedAt;
    }

    void replace(byte[] newContent, Instant when) {
        this.content = newContent.clone();
        this.updatedAt = when;
    }

    byte[] content() {
        return content.clone();
    }
}
