package de.ddnhamburg.network.domain.event;

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
 * One row per event and member, whatever its state, so that a double submit can never create a
 * second registration: registering again after a cancellation reuses the row.
 */
@Entity
@Table(name = "event_registration")
class EventRegistration extends AbstractEntity {

    @Column(name = "event_id", nullable = false, updatable = false)
    private long eventId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "seat_kind", nullable = false, length = 20)
    private SeatKind seatKind = SeatKind.IN_PERSON;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status = RegistrationStatus.CANCELLED;

    @Column(name = "waiting_position")
    private @Nullable Integer waitingPosition;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt = Instant.EPOCH;

    @Column(name = "show_as_participant", nullable = false)
    private boolean showAsParticipant;

    @Column(name = "attended_at")
    private @Nullable Instant attendedAt;

    protected EventRegistration() {}

    EventRegistration(long eventId, long memberId) {
        this.eventId = eventId;
        this.memberId = memberId;
    }

    long id() {
        return Objects.requireNonNull(getId(), "not saved yet");
    }

    long getEventId() {
        return eventId;
    }

    long getMemberId() {
        return memberId;
    }

    SeatKind getSeatKind() {
        return seatKind;
    }

    RegistrationStatus getStatus() {
        return status;
    }

    @Nullable Integer getWaitingPosition() {
        return waitingPosition;
    }

    Instant getRegisteredAt() {
        return registeredAt;
    }

    boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    void confirm(SeatKind kind, Instant at) {
        this.seatKind = kind;
        this.status = RegistrationStatus.CONFIRMED;
        this.waitingPosition = null;
        this.registeredAt = at;
    }

    void waitlist(SeatKind kind, int position, Instant at) {
        this.seatKind = kind;
        this.status = RegistrationStatus.WAITLISTED;
        this.waitingPosition = position;
        this.registeredAt = at;
    }

    /** From the waiting list to a seat; keeps the time of registering. */
    void promote() {
        this.status = RegistrationStatus.CONFIRMED;
        this.waitingPosition = null;
    }

    boolean isShownAsParticipant() {
        return showAsParticipant;
    }

    void showAsParticipant(boolean shown) {
        this.showAsParticipant = shown;
    }

    @Nullable Instant getAttendedAt() {
        return attendedAt;
    }

    /** Marks the participant present at that time, or not present with {@code null}. */
    void attended(@Nullable Instant at) {
        this.attendedAt = at;
    }

    void cancel() {
        this.status = RegistrationStatus.CANCELLED;
        this.waitingPosition = null;
    }
}
