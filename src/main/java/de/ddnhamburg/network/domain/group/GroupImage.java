package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.common.StoredImage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A group's image; streamed to those who may see the group. */
@Entity
@Table(name = "group_image")
class GroupImage extends StoredImage {

    @Id
    @Column(name = "group_id")
    private Long groupId;

    protected GroupImage() {
        this.groupId = 0L;
    }

    GroupImage(long groupId, byte[] content, Instant updatedAt) {
        super(content, updatedAt);
        this.groupId = groupId;
    }
}
