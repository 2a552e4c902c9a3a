package de.ddnhamburg.network.domain.congress.checkin;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One check-in of a registration at a desk. While it stands, {@code active_registration_id} holds
 * the registration's id, which is unique: a second check-in of the same registration cannot be
 * stored, whichever desk and however close in time. Undoing it clears that column (by a conditional
 * update, {@link CongressCheckInRepository#undo}), so the row stays for the record.
 */
@Entity
@Table(name = "congress_check_in")
class CongressCheckIn extends AbstractEntity {

    @Column(name = "congress_id", nullable = false, updatable = false)
    private long congressId;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private long registrationId;

    // Written on insert, and cleared only by the conditional update that undoes the check-in.
    @Column(name = "active_registration_id")
    private @Nullable Long activeRegistrationId;

    @Column(name = "checked_in_at", nullable = false, updatable = false)
    private Instant checkedInAt = Instant.EPOCH;

    @Column(nullable = false, updatable = false, length = 40)
    private String desk = "";

    // Cleared when the helper's account is deleted (CheckInPersonalData).
    @Column(name = "checked_in_by")
    private @Nullable Long checkedInBy;

    @Column(name = "undone_at")
    private @Nullable Instant undoneAt;

    @Column(name = "undone_by")
    private @Nullable Long undoneBy;

    protected CongressCheckIn() {}

    CongressCheckIn(long congressId, long registrationId, Instant at, String desk, @Nullable Long by) {
        this.congressId = congressId;
        this.registrationId = registrationId;
        this.activeRegistrationId = registrationId;
        this.checkedInAt = at;
        this.desk = desk;
        this.checkedInBy = by;
    }

    long id() {
        return Objects.requireNonNull(getId(), "check-in not saved yet");
    }

    long getCongressId() {
        return congressId;
    }

    long getRegistrationId() {
        return registrationId;
    }

    Instant getCheckedInAt() {
        return checkedInAt;
    }

    String getDesk() {
        return desk;
    }

    @Nullable
    Instant getUndoneAt() {
        return undoneAt;
    }

    @Nullable
    Long getUndoneBy() {
        return undoneBy;
    }
}
