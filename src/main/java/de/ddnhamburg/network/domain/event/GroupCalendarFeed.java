package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's secret feed of one group's events: the hash of its secret, as {@link CalendarFeed}. */
@Entity
@Table(name = "group_calendar_feed")
class GroupCalendarFeed extends AbstractEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash = "";

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt = Instant.EPOCH;

    protected GroupCalendarFeed() {}

    GroupCalendarFeed(long memberId, long groupId, String tokenHash, Instant now) {
        this.memberId = memberId;
        this.groupId = groupId;
        this.tokenHash = tokenHash;
        this.issuedAt = now;
    }

    long getMemberId() {
        return memberId;
    }

    long getGroupId() {
        return groupId;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    /** A new secret: the old address stops working with this change. */
    void renew(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.issuedAt = now;
    }
}
