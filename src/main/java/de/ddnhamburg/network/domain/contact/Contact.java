package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Two members who accepted each other. Symmetric, so the pair is stored in order (lower id first)
 * and is unique in the database whoever asked whom.
 */
@Entity
@Table(name = "contact")
class Contact extends AbstractEntity {

    @Column(name = "member_low_id", nullable = false, updatable = false)
    private long memberLowId;

    @Column(name = "member_high_id", nullable = false, updatable = false)
    private long memberHighId;

    @Column(name = "request_id", updatable = false)
    private @Nullable Long requestId;

    protected Contact() {}

    Contact(long one, long other, long requestId) {
        if (one == other) {
            throw new IllegalArgumentException("A member is not their own contact");
        }
        this.memberLowId = Math.min(one, other);
        this.memberHighId = Math.max(one, other);
        this.requestId = requestId;
    }

    /** The request that made the two contacts; none for contacts made before requests were kept. */
    @Nullable
    Long getRequestId() {
        return requestId;
    }

    long otherThan(long memberId) {
        return memberLowId == memberId ? memberHighId : memberLowId;
    }

    Instant since() {
        return Objects.requireNonNull(getCreatedAt(), "not saved yet");
    }
}
