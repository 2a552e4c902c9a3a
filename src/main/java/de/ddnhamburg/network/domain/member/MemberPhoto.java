package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.StoredImage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's photo; only those allowed to see it get its bytes ({@code MemberProfileService}). */
@Entity
@Table(name = "member_photo")
class MemberPhoto extends StoredImage {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    protected MemberPhoto() {
        this.memberId = 0L;
    }

    MemberPhoto(long memberId, byte[] content, Instant updatedAt) {
        super(content, updatedAt);
        this.memberId = memberId;
    }
}
