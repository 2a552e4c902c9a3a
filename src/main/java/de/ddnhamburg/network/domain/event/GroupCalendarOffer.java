package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the viewer of a group page may subscribe to: the group's public feed (a listed group that
 * is not archived, so that guests may see it) and, for its members, their secret feed, with when
 * its current address was made ({@code null}: none yet).
 */
public record GroupCalendarOffer(
        @Nullable String publicFeed,
        boolean personalFeed,
        @Nullable Instant personalSince) {

    public boolean hasPersonalAddress() {
        return personalSince != null;
    }
}
