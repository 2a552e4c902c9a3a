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
 * One row per event and member (or guest's address), whatever its state, so that a double submit
 * can never create a second registration: registering again after a cancellation reuses the row.
 * A guest's row has no member but a name, address and consent; its status is about the seat, and
 * {@link #getGuestConfirmedAt()} about the address: an unconfirmed guest holds the seat only until
 * {@link #getHoldExpiresAt()} (V090).
 */
@Entity
@Table(name = "event_registration")
class EventRegistration extends AbstractEntity {

    @Column(name = "event_id", nullable = false, updatable = false)
    private long eventId;

    @Column(name = "member_id", updatable = false)
    private @Nullable Long memberId;

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

    @Column(name = "guest_name", length = GuestRules.NAME_MAX)
    private @Nullable String guestName;

    @Column(name = "guest_email", length = GuestRules.EMAIL_MAX)
    private @Nullable String guestEmail;

    @Column(name = "guest_organisation", length = GuestRules.ORGANISATION_MAX)
    private @Nullable String guestOrganisation;

    @Column(name = "guest_erased_at")
    private @Nullable Instant guestErasedAt;

    @Column(name = "guest_language", length = 10)
    private @Nullable String guestLanguage;

    @Column(name = "hold_expires_at")
    private @Nullable Instant holdExpiresAt;

    @Column(name = "guest_confirmed_at")
    private @Nullable Instant guestConfirmedAt;

    @Column(name = "consent_version", length = 50)
    private @Nullable String consentVersion;

    @Column(name = "consent_given_at")
    private @Nullable Instant consentGivenAt;

    protected EventRegistration() {}

    EventRegistration(long eventId, long memberId) {
        this.eventId = eventId;
        this.memberId = memberId;
    }

    /** A guest's registration, identified by the normalised address; details follow in {@link #applyGuest}. */
    EventRegistration(long eventId, String guestEmail) {
        this.eventId = eventId;
        this.guestEmail = guestEmail;
    }

    long id() {
        return Objects.requireNonNull(getId(), "not saved yet");
    }

    long getEventId() {
        return eventId;
    }

    /** {@code null} for a guest's registration. */
    @Nullable
    Long getMemberId() {
        return memberId;
    }

    boolean isGuest() {
        return memberId == null;
    }

    boolean isOf(long member) {
        return memberId != null && memberId == member;
    }

    @Nullable
    String getGuestName() {
        return guestName;
    }

    @Nullable
    String getGuestEmail() {
        return guestEmail;
    }

    @Nullable
    String getGuestOrganisation() {
        return guestOrganisation;
    }

    java.util.Locale guestLanguage() {
        return guestLanguage == null ? java.util.Locale.GERMAN : java.util.Locale.forLanguageTag(guestLanguage);
    }

    @Nullable
    Instant getHoldExpiresAt() {
        return holdExpiresAt;
    }

    @Nullable
    Instant getGuestConfirmedAt() {
        return guestConfirmedAt;
    }

    @Nullable
    String getConsentVersion() {
        return consentVersion;
    }

    @Nullable
    Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    /** What the guest typed this time, the consent given now, and a new hold until confirmation. */
    void applyGuest(GuestDetails details, String privacyVersion, Instant now, Instant holdUntil) {
        this.guestName = details.name();
        this.guestOrganisation = details.organisation();
        this.guestLanguage = details.language().getLanguage();
        this.consentVersion = privacyVersion;
        this.consentGivenAt = now;
        this.holdExpiresAt = holdUntil;
        this.guestConfirmedAt = null;
    }

    /**
     * Removes what identifies the guest, some time after the event (decision 009): the row stays,
     * so that counts of past events remain true; the consent's version and time stay as proof.
     */
    void eraseGuest(String erasedName, Instant at) {
        this.guestErasedAt = at;
        this.guestName = erasedName;
        this.guestEmail = "erased-" + id() + "@erased.invalid";
        this.guestOrganisation = null;
        this.holdExpiresAt = null;
    }

    /** The guest confirmed the address: the seat or waiting place is kept without a time limit. */
    void confirmGuest(Instant at) {
        this.guestConfirmedAt = at;
        this.holdExpiresAt = null;
    }

    SeatKind getSeatKind() {
        return seatKind;
    }

    RegistrationStatus getStatus() {
        return status;
    }

    @Nullable
    Integer getWaitingPosition() {
        return waitingPosition;
    }

    /** The place of a waitlisted registration, which always has one. */
    int requireWaitingPosition() {
        return Objects.requireNonNull(waitingPosition, "not on the waiting list");
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

    @Nullable
    Instant getAttendedAt() {
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
