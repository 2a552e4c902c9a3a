package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One "Ich suche / Ich biete" entry on a member's profile. */
@Entity
@Table(name = "seeking_entry")
class SeekingEntry extends AbstractEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SeekingDirection direction = SeekingDirection.SEEK;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SeekingKind kind = SeekingKind.EXCHANGE;

    @Column(nullable = false, length = SeekingRules.TEXT_MAX)
    private String description = "";

    @Column(name = "expires_on")
    private @Nullable LocalDate expiresOn;

    protected SeekingEntry() {}

    SeekingEntry(long memberId, SeekingDraft draft) {
        this.memberId = memberId;
        apply(draft);
    }

    void apply(SeekingDraft draft) {
        this.direction = Objects.requireNonNull(draft.direction());
        this.kind = Objects.requireNonNull(draft.kind());
        this.description = Objects.requireNonNull(draft.text()).strip();
        this.expiresOn = draft.expiresOn();
    }

    long id() {
        return Objects.requireNonNull(getId());
    }

    long getMemberId() {
        return memberId;
    }

    SeekingDirection getDirection() {
        return direction;
    }

    SeekingKind getKind() {
        return kind;
    }

    String getDescription() {
        return description;
    }

    @Nullable
    LocalDate getExpiresOn() {
        return expiresOn;
    }

    /** Still shown on the given day in Hamburg: the expiry day itself is the last one. */
    boolean activeOn(LocalDate today) {
        return expiresOn == null || !expiresOn.isBefore(today);
    }

    Instant createdAt() {
        return getCreatedAt() == null ? Instant.EPOCH : getCreatedAt();
    }

    SeekingItem toItem(LocalDate today) {
        return new SeekingItem(id(), direction, kind, description, expiresOn, !activeOn(today));
    }
}
