package de.ddnhamburg.network.domain.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's photo, stored as we re-encoded it: a JPEG of at most 512 px without metadata. */
@Entity
@Table(name = "member_photo")
class MemberPhoto {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MemberPhoto() {
        this.memberId = 0L;
        this.content = new byte[0];
        this.updatedAt = Instant.EPOCH;
    }

    MemberPhoto(long memberId, byte[] content, Instant updatedAt) {
        this.memberId = memberId;
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
