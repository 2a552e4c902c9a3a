package de.ddnhamburg.network.domain.event;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Events from {@code firstDay} to {@code lastDay}, both days in Hamburg's time and included, that
 * pass the filter; an open end ({@code lastDay == null}) lists what comes next, at most {@code limit}.
 */
public record CalendarQuery(LocalDate firstDay, @Nullable LocalDate lastDay, CalendarFilter filter, int limit) {

    /** More than any month holds; also the most a list page asks for. */
    public static final int MAX_LIMIT = 500;

    public CalendarQuery {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(filter, "filter");
        if (lastDay != null && lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("lastDay before firstDay");
        }
        limit = Math.clamp(limit, 1, MAX_LIMIT);
    }

    /** The days of a month, a week or any other span, all events in it. */
    public static CalendarQuery days(LocalDate firstDay, LocalDate lastDay, CalendarFilter filter) {
        return new CalendarQuery(firstDay, lastDay, filter, MAX_LIMIT);
    }

    /** The next {@code limit} events from the start of that day on. */
    public static CalendarQuery from(LocalDate firstDay, CalendarFilter filter, int limit) {
        return new CalendarQuery(firstDay, null, filter, limit);
    }
}
