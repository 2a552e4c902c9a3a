package de.ddnhamburg.network.domain.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * An image as we re-encoded it ({@code member.PhotoProcessor}: a JPEG of at most 512 px without
 * metadata), one row per owner; the subclass names the owner's key column.
 */
@MappedSuperclass
public abstract class StoredImage {

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredImage() {
        this.content = new byte[0];
        this.updatedAt = Instant.EPOCH;
    }

    protected StoredImage(byte[] content, Instant updatedAt) {
        this.content = content.clone();
        this.updatedAt = updatedAt;
    }

    public void replace(byte[] newContent, Instant when) {
        this.content = newContent.clone();
        this.updatedAt = when;
    }

    public byte[] content() {
        return content.clone();
    }
}
