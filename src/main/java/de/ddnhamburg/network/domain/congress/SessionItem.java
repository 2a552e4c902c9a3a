package de.ddnhamburg.network.domain.congress;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A session for the admin editor, with the seats taken. */
public record SessionItem(
        long id,
        SessionType type,
        String title,
        String abstractText,
        long slotId,
        long roomId,
        Set<Long> speakerIds,
        @Nullable Long groupId,
        @Nullable String groupName,
        @Nullable Integer capacity,
        int taken,
        SessionStatus status) {

    public SessionItem {
        speakerIds = Set.copyOf(speakerIds);
    }

    static SessionItem of(CongressSession session, @Nullable String groupName) {
        return new SessionItem(
                session.id(),
                session.getType(),
                session.getTitle(),
                session.getAbstractText(),
                session.getSlotId(),
                session.getRoomId(),
                session.getSpeakerIds(),
                session.getOrganisingGroupId(),
                groupName,
                session.getCapacity(),
                session.getTaken(),
                session.getStatus());
    }

    public SessionDraft toDraft() {
        return new SessionDraft(type, title, abstractText, slotId, roomId, speakerIds, groupId, capacity);
    }
}
