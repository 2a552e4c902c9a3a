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
 * An event with its time, format, capacities and registration window. The seat counters of the
 * table ({@code in_person_taken}, {@code online_taken}) are not mapped: only {@link SeatAllocation}
 * writes them, under the lock of this row, and a CHECK keeps them within the capacities.
 */
@Entity
@Table(name = "event")
class Event extends AbstractEntity {

    @Column(nullable = false, length = EventRules.TITLE_MAX)
    private String title = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30)
    private EventType type = EventType.DISCUSSION_ROUND;

    @Column(nullable = false, length = EventRules.DESCRIPTION_MAX)
    private String description = "";

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt = Instant.EPOCH;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventFormat format = EventFormat.IN_PERSON;

    @Column(length = EventRules.VENUE_MAX)
    private @Nullable String venue;

    @Column(name = "online_link", length = EventRules.LINK_MAX)
    private @Nullable String onlineLink;

    @Column(name = "in_person_capacity")
    private @Nullable Integer inPersonCapacity;

    @Column(name = "online_capacity")
    private @Nullable Integer onlineCapacity;

    @Column(name = "registration_opens_at")
    private @Nullable Instant registrationOpensAt;

    @Column(name = "registration_closes_at")
    private @Nullable Instant registrationClosesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventStatus status = EventStatus.DRAFT;

    protected Event() {}

    Event(EventDraft valid) {
        this.title = valid.title();
        this.type = valid.type();
        this.description = valid.description() == null ? "" : valid.description();
        this.startsAt = valid.startsAt();
        this.endsAt = valid.endsAt();
        this.format = valid.format();
        this.venue = valid.venue();
        this.onlineLink = valid.onlineLink();
        this.inPersonCapacity = valid.inPersonCapacity();
        this.onlineCapacity = valid.onlineCapacity();
        this.registrationOpensAt = valid.registrationOpensAt();
        this.registrationClosesAt = valid.registrationClosesAt();
    }

    long id() {
        return Objects.requireNonNull(getId(), "not saved yet");
    }

    String getTitle() {
        return title;
    }

    EventType getType() {
        return type;
    }

    String getDescription() {
        return description;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    EventFormat getFormat() {
        return format;
    }

    @Nullable String getVenue() {
        return venue;
    }

    @Nullable String getOnlineLink() {
        return onlineLink;
    }

    /** @return the number of seats of that kind, {@code null} for unlimited */
    @Nullable Integer capacity(SeatKind kind) {
        return kind == SeatKind.IN_PERSON ? inPersonCapacity : onlineCapacity;
    }

    @Nullable Instant getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    /** When registration closes: the deadline, or else the start. */
    Instant registrationClosesAt() {
        return registrationClosesAt == null ? startsAt : registrationClosesAt;
    }

    EventStatus getStatus() {
        return status;
    }

    void setStatus(EventStatus status) {
        this.status = status;
    }

    /**
     * The change counter for calendar programs (SEQUENCE): it grows with every change of the event
     * that they should pick up. Until the event has its own counter, the row version serves: it grows
     * with every edit and status change, and not with registrations (see storeTakenSeats).
     */
    int sequence() {
        return (int) getVersion();
    }
}
