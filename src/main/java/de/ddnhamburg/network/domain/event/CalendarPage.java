package de.ddnhamburg.network.domain.event;

import java.util.List;

/**
 * The events of a {@link CalendarQuery}, soonest first.
 *
 * @param more whether an open-ended query has more events beyond its limit
 * @param highlights what other features put into the calendar for the same days (the congress),
 *     shown above the events; only without a filter
 */
public record CalendarPage(List<CalendarEntry> entries, boolean more, List<CalendarHighlight> highlights) {

    public CalendarPage {
        entries = List.copyOf(entries);
        highlights = List.copyOf(highlights);
    }

    public CalendarPage(List<CalendarEntry> entries, boolean more) {
        this(entries, more, List.of());
    }

    static final CalendarPage EMPTY = new CalendarPage(List.of(), false);
}
