package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An entry of a calendar file written for another feature (the congress's sessions) through
 * {@link IcsWriter#writeItems}: that feature names the UID and the page, everything else is
 * written as for events.
 *
 * @param uid stable across files, so a calendar program updates the entry it has
 * @param tentative on a waiting list: TENTATIVE instead of CONFIRMED
 */
public record IcsItem(
        String uid,
        String summary,
        String description,
        Instant startsAt,
        Instant endsAt,
        @Nullable String location,
        String url,
        boolean tentative,
        int sequence,
        Instant stamp) {}
