package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's personal calendar feed: the hash of its secret token and what it contains. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed extends AbstractEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash = "";

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt = Instant.EPOCH;

    @Column(name = "include_groups", nullable = false)
    private boolean includeGroups;

    protected CalendarFeed() {}

    CalendarFeed(long memberId, String tokenHash, Instant now) {
        this.memberId = memberId;
        this.tokenHash = tokenHash;
        this.issuedAt = now;
    }

    long getMemberId() {
        return memberId;
    }

    boolean isIncludeGroups() {
        return includeGroups;
    }

    void setIncludeGroups(boolean includeGroups) {
        this.includeGroups = includeGroups;
    }

    /** A new secret: the old address stops working with this change. */
    void renew(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.issuedAt = now;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }
}
