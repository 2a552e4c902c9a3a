package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A time slot on one day (1 to 3) of the congress; several sessions in it are a choice. */
@Entity
@Table(name = "congress_slot")
class CongressSlot extends AbstractEntity {

    @Column(name = "congress_id", nullable = false, updatable = false)
    private long congressId;

    @Column(name = "day_number", nullable = false)
    private int dayNumber = 1;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt = Instant.EPOCH;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt = Instant.EPOCH;

    protected CongressSlot() {}

    CongressSlot(long congressId, int dayNumber, Instant startsAt, Instant endsAt) {
        this.congressId = congressId;
        this.dayNumber = dayNumber;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    long id() {
        return Objects.requireNonNull(getId(), "slot not saved yet");
    }

    long getCongressId() {
        return congressId;
    }

    int getDayNumber() {
        return dayNumber;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    void reschedule(int newDayNumber, Instant newStartsAt, Instant newEndsAt) {
        this.dayNumber = newDayNumber;
        this.startsAt = newStartsAt;
        this.endsAt = newEndsAt;
    }
}
