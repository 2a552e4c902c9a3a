package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something of another feature that belongs in the public calendar, such as the Fachkongress: shown
 * above the calendar's events and written into the public feed.
 *
 * @param uidKey the left-hand side of its calendar UID, unique across features
 * @param path its page, without a leading slash (as in {@code common.PublicLinks})
 * @param changedAt when it last changed, for the calendar's DTSTAMP
 */
public record CalendarHighlight(
        String uidKey,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        @Nullable String location,
        String path,
        Instant changedAt) {}
