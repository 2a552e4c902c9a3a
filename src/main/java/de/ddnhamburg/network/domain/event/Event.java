package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import de.ddnhamburg.network.domain.common.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An event with its time, format, capacities and registration window. The seat counters of the
 * table ({@code in_person_taken}, {@code online_taken}) are mapped read-only: only
 * {@link SeatAllocation} writes them, under the lock of this row, and a CHECK keeps them within the
 * capacities; read with the lock, they are the confirmed seats, without counting registrations.
 * {@code sequence_number} counts the changes participants should know of; calendar files carry it
 * as SEQUENCE.
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

    @Column(name = "in_person_taken", insertable = false, updatable = false)
    private int inPersonTaken;

    @Column(name = "online_taken", insertable = false, updatable = false)
    private int onlineTaken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventAudience audience = EventAudience.MEMBERS;

    @Column(name = "group_id")
    private @Nullable Long groupId;

    // Lazy: a registration locks and reads the event for its seats alone, and every statement under
    // that lock costs throughput; listings fetch the topics with the events (EventListingService).
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "event_topic", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "topic_slug", length = 60)
    private Set<String> topicSlugs = new HashSet<>();

    @Column(name = "guests_allowed", nullable = false)
    private boolean guestsAllowed;

    @Column(length = EventRules.VENUE_MAX)
    private @Nullable String address;

    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    protected Event() {}

    Event(EventDraft valid) {
        apply(valid);
    }

    /** Takes over what the organiser entered; the caller has checked it with {@link EventRules}. */
    final void apply(EventDraft valid) {
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
        this.audience = valid.audience();
        this.groupId = valid.groupId();
        this.topicSlugs = new HashSet<>(valid.topicSlugs());
        this.guestsAllowed = valid.guestsAllowed();
        this.address = valid.address();
    }

    /** What the organiser entered, to edit or to copy. */
    EventDraft toDraft() {
        return new EventDraft(
                title,
                type,
                description,
                startsAt,
                endsAt,
                format,
                venue,
                onlineLink,
                inPersonCapacity,
                onlineCapacity,
                registrationOpensAt,
                registrationClosesAt,
                audience,
                groupId,
                topicSlugs,
                guestsAllowed,
                address);
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

    @Nullable
    String getVenue() {
        return venue;
    }

    @Nullable
    String getOnlineLink() {
        return onlineLink;
    }

    /** @return the number of seats of that kind, {@code null} for unlimited */
    @Nullable
    Integer capacity(SeatKind kind) {
        return kind == SeatKind.IN_PERSON ? inPersonCapacity : onlineCapacity;
    }

    /**
     * The confirmed seats of that kind as the row said when it was read, and as {@link SeatAllocation}
     * stored them since: current only when read with the lock ({@link SeatAllocation#lock}), and for
     * display otherwise.
     */
    int taken(SeatKind kind) {
        return kind == SeatKind.IN_PERSON ? inPersonTaken : onlineTaken;
    }

    /**
     * What {@link SeatAllocation} just wrote into the row (the columns are not written through this
     * entity): so that the next seat change in the same transaction counts from it, not from the
     * row as first read.
     */
    void takenStored(int inPerson, int online) {
        this.inPersonTaken = inPerson;
        this.onlineTaken = online;
    }

    /**
     * One more seat of that kind, for an organiser who seats someone from the waiting list although
     * all seats are taken (an unlimited kind stays unlimited).
     */
    void addSeat(SeatKind kind) {
        Integer capacity = capacity(kind);
        if (capacity == null) {
            return;
        }
        if (capacity >= EventRules.CAPACITY_MAX) {
            throw new DomainException("event.validation.capacity", EventRules.CAPACITY_MAX);
        }
        if (kind == SeatKind.IN_PERSON) {
            inPersonCapacity = capacity + 1;
        } else {
            onlineCapacity = capacity + 1;
        }
    }

    @Nullable
    Instant getRegistrationOpensAt() {
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

    EventAudience getAudience() {
        return audience;
    }

    @Nullable
    Long getGroupId() {
        return groupId;
    }

    Set<String> getTopicSlugs() {
        return Set.copyOf(topicSlugs);
    }

    boolean isGuestsAllowed() {
        return guestsAllowed;
    }

    @Nullable
    String getAddress() {
        return address;
    }

    int getSequenceNumber() {
        return sequenceNumber;
    }

    /** A change that calendars holding a copy of the event should take over (edit, cancellation). */
    void countChange() {
        sequenceNumber++;
    }
}
