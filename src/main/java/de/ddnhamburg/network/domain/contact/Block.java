package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One member no longer wants to hear from another: no requests either way while it stands. */
@Entity
@Table(name = "member_block")
class Block extends AbstractEntity {

    @Column(name = "blocker_id", nullable = false, updatable = false)
    private long blockerId;

    @Column(name = "blocked_id", nullable = false, updatable = false)
    private long blockedId;

    protected Block() {}

    Block(long blockerId, long blockedId) {
        if (blockerId == blockedId) {
            throw new IllegalArgumentException("A member cannot block themselves");
        }
        this.blockerId = blockerId;
        this.blockedId = blockedId;
    }

    long getBlockedId() {
        return blockedId;
    }

    Instant since() {
        return Objects.requireNonNull(getCreatedAt(), "not saved yet");
    }
}
