package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * My personal calendar feed as the account page shows it. Its address is not part of it: the
 * database keeps only a hash of the secret, so the address is shown once, when it is made.
 *
 * @param activeSince when the current address was made, or null if I have none
 * @param includeGroups whether the feed also holds the events of my expert groups
 */
public record CalendarFeedDetails(@Nullable Instant activeSince, boolean includeGroups) {

    public boolean active() {
        return activeSince != null;
    }
}
