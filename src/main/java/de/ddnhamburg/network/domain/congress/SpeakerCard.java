package de.ddnhamburg.network.domain.congress;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A speaker on the public page.
 *
 * @param memberId the member's id, for a link to the profile (which only members may open)
 * @param sessionIds the sessions they speak at
 */
public record SpeakerCard(
        long id,
        @Nullable Long memberId,
        String name,
        @Nullable String organisation,
        @Nullable String bio,
        boolean hasPhoto,
        List<Long> sessionIds) {

    public SpeakerCard {
        sessionIds = List.copyOf(sessionIds);
    }
}
