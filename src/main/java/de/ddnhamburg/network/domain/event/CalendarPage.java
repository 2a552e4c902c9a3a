package de.ddnhamburg.network.domain.event;

import java.util.List;

/**
 * The events of a {@link CalendarQuery}, soonest first.
 *
 * @param more whether an open-ended query has more events beyond its limit
 */
public record CalendarPage(List<CalendarEntry> entries, boolean more) {

    public CalendarPage {
        entries = List.copyOf(entries);
    }

    static final CalendarPage EMPTY = new CalendarPage(List.of(), false);
}
