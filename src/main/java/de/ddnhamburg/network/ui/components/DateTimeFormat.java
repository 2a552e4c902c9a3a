package de.ddnhamburg.network.ui.components;

import de.ddnhamburg.network.domain.common.ClockConfig;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Instants are stored in UTC and always shown in Hamburg's time, formatted for the user's language. */
public final class DateTimeFormat {

    private DateTimeFormat() {}

    /** For appointments: to the minute, as people write them ("17.12.2026, 18:00"). */
    public static String appointment(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ClockConfig.DISPLAY_ZONE)
                .format(instant);
    }

    /** To the second, for logs. */
    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(ClockConfig.DISPLAY_ZONE)
                .format(instant);
    }

    /** The day in Hamburg, for "since" and "sent on" where the minute does not matter. */
    public static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(ClockConfig.DISPLAY_ZONE)
                .format(instant);
    }
}
