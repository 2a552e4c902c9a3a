package de.ddnhamburg.network.ui.components;

import de.ddnhamburg.network.domain.common.LocalFormats;
import java.time.Instant;
import java.util.Locale;

/**
 * Instants are stored in UTC and always shown in Hamburg's time, formatted for the user's language
 * by {@link LocalFormats}, the one formatter that mails and PDFs use too.
 */
public final class DateTimeFormat {

    private DateTimeFormat() {}

    /** For appointments: to the minute, as people write them ("17.12.2026, 18:00"). */
    public static String appointment(Instant instant, Locale locale) {
        return LocalFormats.dateTime(instant, locale);
    }

    /** To the second, for logs. */
    public static String dateTime(Instant instant, Locale locale) {
        return LocalFormats.dateTimeSeconds(instant, locale);
    }

    /** The day in Hamburg, for "since" and "sent on" where the minute does not matter. */
    public static String date(Instant instant, Locale locale) {
        return LocalFormats.date(instant, locale);
    }
}
