package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The session a registration chose in a slot with a choice. Its status, position and second choice
 * change only through the seat allocation, under the congress lock: SEATED holds a seat of the
 * session; WAITLISTED waits for it and meanwhile may hold a seat of the second choice; PENDING
 * belongs to a registration without a place yet and holds nothing.
 */
@Entity
@Table(name = "congress_session_choice")
class CongressSessionChoice extends AbstractEntity {

    @Column(name = "registration_id", nullable = false, updatable = false)
    private long registrationId;

    @Column(name = "slot_id", nullable = false, updatable = false)
    private long slotId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "fallback_session_id")
    private @Nullable Long fallbackSessionId;

    @Column(name = "second_choice_session_id")
    private @Nullable Long secondChoiceSessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChoiceStatus status = ChoiceStatus.PENDING;

    @Column(name = "waiting_position")
    private @Nullable Integer waitingPosition;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt = Instant.EPOCH;

    protected CongressSessionChoice() {}

    CongressSessionChoice(long registrationId, long slotId, long sessionId, Instant chosenAt) {
        this.registrationId = registrationId;
        this.slotId = slotId;
        this.sessionId = sessionId;
        this.chosenAt = chosenAt;
    }

    long id() {
        return Objects.requireNonNull(getId(), "choice not saved yet");
    }

    long getRegistrationId() {
        return registrationId;
    }

    long getSlotId() {
        return slotId;
    }

    long getSessionId() {
        return sessionId;
    }

    @Nullable
    Long getFallbackSessionId() {
        return fallbackSessionId;
    }

    /** The second choice named for this slot, whatever the state; its seat is held only while waiting. */
    @Nullable
    Long getSecondChoiceSessionId() {
        return secondChoiceSessionId;
    }

    /** A new first and second choice in the same slot, with the time of the change as its arrival. */
    void choose(long newSessionId, @Nullable Long newSecondChoice, Instant when) {
        this.sessionId = newSessionId;
        this.secondChoiceSessionId = newSecondChoice;
        this.chosenAt = when;
    }

    /** Another second choice; the first choice and its arrival stay. */
    void setSecondChoice(@Nullable Long newSecondChoice) {
        this.secondChoiceSessionId = newSecondChoice;
    }

    ChoiceStatus getStatus() {
        return status;
    }

    @Nullable
    Integer getWaitingPosition() {
        return waitingPosition;
    }

    Instant getChosenAt() {
        return chosenAt;
    }

    /** A new wish in the same slot: it starts over, with the time of the change as its arrival. */
    void rechoose(long newSessionId, Instant when) {
        this.sessionId = newSessionId;
        this.chosenAt = when;
    }

    void seat() {
        this.status = ChoiceStatus.SEATED;
        this.waitingPosition = null;
        this.fallbackSessionId = null;
    }

    void waitFor(int position, @Nullable Long fallback) {
        this.status = ChoiceStatus.WAITLISTED;
        this.waitingPosition = position;
        this.fallbackSessionId = fallback;
    }

    void pend() {
        this.status = ChoiceStatus.PENDING;
        this.waitingPosition = null;
        this.fallbackSessionId = null;
    }

    void moveUp(int newPosition) {
        this.waitingPosition = newPosition;
    }
}
