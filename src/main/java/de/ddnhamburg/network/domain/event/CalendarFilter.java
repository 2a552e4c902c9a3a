package de.ddnhamburg.network.domain.event;

import org.jspecify.annotations.Nullable;

/**
 * What the calendar narrows events down to; {@code null} means "any".
 *
 * @param format {@link EventFormat#IN_PERSON} and {@link EventFormat#ONLINE} include hybrid events,
 *     which offer both; {@link EventFormat#HYBRID} finds hybrid events only
 * @param topic a slug of the curated topic list
 * @param groupId the organising group
 * @param onlyMine only events I am registered for (confirmed or waiting); nothing for a guest
 */
public record CalendarFilter(
        @Nullable EventType type,
        @Nullable EventFormat format,
        @Nullable String topic,
        @Nullable Long groupId,
        boolean onlyMine) {

    public static final CalendarFilter NONE = new CalendarFilter(null, null, null, null, false);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
