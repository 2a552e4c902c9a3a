package de.ddnhamburg.network.domain.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who sees a member's entries and whether the member wants the weekly mail about new matches.
 * Without a row: all members see the entries (like most profile fields) and no mail goes out.
 */
@Entity
@Table(name = "seeking_preference")
class SeekingPreference {

    static final Visibility DEFAULT_VISIBILITY = Visibility.MEMBERS;

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility = DEFAULT_VISIBILITY;

    @Column(name = "notify_matches", nullable = false)
    private boolean notifyMatches;

    @Column(name = "last_notified_at")
    private @Nullable Instant lastNotifiedAt;

    protected SeekingPreference() {}

    SeekingPreference(long memberId) {
        this.memberId = memberId;
    }

    long getMemberId() {
        return memberId;
    }

    Visibility getVisibility() {
        return visibility;
    }

    void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    boolean isNotifyMatches() {
        return notifyMatches;
    }

    void setNotifyMatches(boolean notifyMatches) {
        this.notifyMatches = notifyMatches;
    }

    @Nullable
    Instant getLastNotifiedAt() {
        return lastNotifiedAt;
    }

    void notified(Instant when) {
        this.lastNotifiedAt = when;
    }
}
