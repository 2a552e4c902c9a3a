package de.ddnhamburg.network.ui.event;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The three ways to look at the calendar, with the word the address bar uses for each. */
enum CalendarMode {
    LIST("liste"),
    MONTH("monat"),
    WEEK("woche");

    final String parameter;

    CalendarMode(String parameter) {
        this.parameter = parameter;
    }

    static Optional<CalendarMode> of(@Nullable String parameter) {
        for (CalendarMode mode : values()) {
            if (mode.parameter.equals(parameter)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
