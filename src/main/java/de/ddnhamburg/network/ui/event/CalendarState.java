package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.router.QueryParameters;
import de.ddnhamburg.network.domain.event.CalendarFilter;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What the calendar shows, kept in the address so that links and the back button work:
 * {@code veranstaltungen?ansicht=monat&monat=2026-12&typ=WORKSHOP&format=ONLINE&thema=netzwerken&gruppe=3&meine=1}.
 * A parameter that cannot be read, or names something unknown, falls back to its default.
 *
 * @param month the month of the month view, and where the list starts
 * @param week the Monday of the week view
 */
record CalendarState(CalendarMode mode, YearMonth month, LocalDate week, CalendarFilter filter) {

    static final String MODE = "ansicht";
    static final String MONTH = "monat";
    static final String WEEK = "woche";
    static final String TYPE = "typ";
    static final String FORMAT = "format";
    static final String TOPIC = "thema";
    static final String GROUP = "gruppe";
    static final String MINE = "meine";

    /** Years outside this span are typing errors, not plans. */
    private static final int FIRST_YEAR = 2000;

    private static final int LAST_YEAR = 2100;

    static CalendarState initial(LocalDate today) {
        return new CalendarState(CalendarMode.LIST, YearMonth.from(today), monday(today), CalendarFilter.NONE);
    }

    /**
     * @param knownTopic whether a topic slug exists
     * @param knownGroup whether a group may be filtered by
     * @param member whether the caller may ask for "only mine"
     */
    static CalendarState read(
            QueryParameters parameters,
            LocalDate today,
            Predicate<String> knownTopic,
            Predicate<Long> knownGroup,
            boolean member) {
        Map<String, List<String>> values = parameters.getParameters();
        CalendarMode mode = CalendarMode.of(first(values, MODE)).orElse(CalendarMode.LIST);
        YearMonth month = month(first(values, MONTH));
        LocalDate week = week(first(values, WEEK));
        if (month == null) {
            month = week == null ? YearMonth.from(today) : YearMonth.from(week);
        }
        if (week == null) {
            week = monday(month.equals(YearMonth.from(today)) ? today : month.atDay(1));
        }
        String topic = first(values, TOPIC);
        Long group = number(first(values, GROUP));
        CalendarFilter filter = new CalendarFilter(
                enumValue(EventType.class, first(values, TYPE)),
                enumValue(EventFormat.class, first(values, FORMAT)),
                topic != null && knownTopic.test(topic) ? topic : null,
                group != null && knownGroup.test(group) ? group : null,
                member && "1".equals(first(values, MINE)));
        return new CalendarState(mode, month, week, filter);
    }

    QueryParameters toParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MODE, mode.parameter);
        if (mode == CalendarMode.WEEK) {
            values.put(WEEK, week.toString());
        } else {
            values.put(MONTH, month.toString());
        }
        putFilter(filter, values);
        return QueryParameters.simple(values);
    }

    /** The list from today with the filter, as other pages link to it (no month: the list starts today). */
    static QueryParameters list(CalendarFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MODE, CalendarMode.LIST.parameter);
        putFilter(filter, values);
        return QueryParameters.simple(values);
    }

    private static void putFilter(CalendarFilter filter, Map<String, String> values) {
        if (filter.type() != null) {
            values.put(TYPE, filter.type().name());
        }
        if (filter.format() != null) {
            values.put(FORMAT, filter.format().name());
        }
        if (filter.topic() != null) {
            values.put(TOPIC, filter.topic());
        }
        if (filter.groupId() != null) {
            values.put(GROUP, String.valueOf(filter.groupId()));
        }
        if (filter.onlyMine()) {
            values.put(MINE, "1");
        }
    }

    CalendarState withMode(CalendarMode newMode) {
        return new CalendarState(newMode, month, week, filter);
    }

    CalendarState withFilter(CalendarFilter newFilter) {
        return new CalendarState(mode, month, week, newFilter);
    }

    /** One month or week before ({@code -1}) or after ({@code 1}). */
    CalendarState move(int steps) {
        if (mode == CalendarMode.WEEK) {
            LocalDate moved = week.plusWeeks(steps);
            return new CalendarState(mode, YearMonth.from(moved), moved, filter);
        }
        YearMonth moved = month.plusMonths(steps);
        return new CalendarState(mode, moved, monday(moved.atDay(1)), filter);
    }

    /** The month or week that holds today. */
    CalendarState today(LocalDate today) {
        return new CalendarState(mode, YearMonth.from(today), monday(today), filter);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static @Nullable YearMonth month(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value);
            return month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR ? null : month;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable LocalDate week(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            return day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR ? null : monday(day);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Long number(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String value) {
        if (value == null) {
            return null;
        }
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        return null;
    }

    private static @Nullable String first(Map<String, List<String>> values, String key) {
        List<String> list = values.get(key);
        return list == null || list.isEmpty() ? null : list.getFirst();
    }
}
