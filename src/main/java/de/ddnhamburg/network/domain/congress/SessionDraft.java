package de.ddnhamburg.network.domain.congress;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A session as an admin enters it.
 *
 * @param capacity the seats of a workshop (at most its room's); ignored for the other kinds
 * @param groupId the organising expert group, if any
 */
public record SessionDraft(
        @Nullable SessionType type,
        @Nullable String title,
        @Nullable String abstractText,
        @Nullable Long slotId,
        @Nullable Long roomId,
        Set<Long> speakerIds,
        @Nullable Long groupId,
        @Nullable Integer capacity) {

    public SessionDraft {
        speakerIds = Set.copyOf(speakerIds);
    }
}
