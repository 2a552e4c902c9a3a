package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A session of the programme in a slot and room. Workshops have a capacity of their own, at most
 * their room's; the counter of seats taken ({@code taken}) is written only by the seat allocation,
 * under the lock of the congress row.
 */
@Entity
@Table(name = "congress_session")
class CongressSession extends AbstractEntity {

    @Column(name = "congress_id", nullable = false, updatable = false)
    private long congressId;

    @Column(name = "slot_id", nullable = false)
    private long slotId;

    @Column(name = "room_id", nullable = false)
    private long roomId;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false, length = 20)
    private SessionType type = SessionType.WORKSHOP;

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(name = "abstract_text", nullable = false, length = 5000)
    private String abstractText = "";

    @Column(name = "organising_group_id")
    private @Nullable Long organisingGroupId;

    private @Nullable Integer capacity;

    @Column(insertable = false, updatable = false)
    private int taken;

    /** 1 once an admin seated someone beyond the capacity (decision 011); written only then. */
    @Column(name = "over_capacity", insertable = false, updatable = false)
    private int overCapacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "congress_session_speaker", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "speaker_id")
    private Set<Long> speakerIds = new LinkedHashSet<>();

    protected CongressSession() {}

    CongressSession(long congressId, long slotId, long roomId, SessionType type, String title) {
        this.congressId = congressId;
        this.slotId = slotId;
        this.roomId = roomId;
        this.type = type;
        this.title = title;
    }

    long id() {
        return Objects.requireNonNull(getId(), "session not saved yet");
    }

    long getCongressId() {
        return congressId;
    }

    long getSlotId() {
        return slotId;
    }

    long getRoomId() {
        return roomId;
    }

    void place(long newSlotId, long newRoomId) {
        this.slotId = newSlotId;
        this.roomId = newRoomId;
    }

    SessionType getType() {
        return type;
    }

    void setType(SessionType type) {
        this.type = type;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    String getAbstractText() {
        return abstractText;
    }

    void setAbstractText(String abstractText) {
        this.abstractText = abstractText;
    }

    @Nullable
    Long getOrganisingGroupId() {
        return organisingGroupId;
    }

    void setOrganisingGroupId(@Nullable Long organisingGroupId) {
        this.organisingGroupId = organisingGroupId;
    }

    /** Seats of a workshop; {@code null} for sessions open to every participant. */
    @Nullable
    Integer getCapacity() {
        return capacity;
    }

    void setCapacity(@Nullable Integer capacity) {
        this.capacity = capacity;
    }

    /** Seats taken, as read with the row. */
    int getTaken() {
        return taken;
    }

    void takenStored(int newTaken) {
        this.taken = newTaken;
    }

    /** Seats beyond the capacity an admin allowed (0 or 1): the capacity may stay that far below taken. */
    int getOverCapacity() {
        return overCapacity;
    }

    SessionStatus getStatus() {
        return status;
    }

    void cancel() {
        this.status = SessionStatus.CANCELLED;
    }

    boolean isCancelled() {
        return status == SessionStatus.CANCELLED;
    }

    Set<Long> getSpeakerIds() {
        return Set.copyOf(speakerIds);
    }

    void setSpeakerIds(Set<Long> ids) {
        speakerIds.clear();
        speakerIds.addAll(ids);
    }
}
