package de.ddnhamburg.network.domain.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * The one way dates, times and amounts are written, in views, mails, calendar texts and PDFs alike.
 * German as people in Hamburg write it ("15.01.2027, 14:00", "1.234,50 €"); English in the British
 * way, which keeps the day before the month and the 24-hour clock of the German original and so
 * never makes "03.04." mean two different days ("15 Jan 2027, 14:00", "€1,234.50"). Times are shown
 * in Hamburg's zone ({@link ClockConfig#DISPLAY_ZONE}).
 */
public final class LocalFormats {

    private static final Currency EURO = Currency.getInstance("EUR");

    private LocalFormats() {}

    /** The locale whose conventions a language's texts follow: British for English, German for the rest. */
    public static Locale conventions(Locale language) {
        return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.UK : Locale.GERMANY;
    }

    /** An appointment, to the minute: "15.01.2027, 14:00" or "15 Jan 2027, 14:00". */
    public static String dateTime(Instant instant, Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(conventions(language))
                .withZone(ClockConfig.DISPLAY_ZONE)
                .format(instant);
    }

    /** To the second, for logs shown to admins: "15.01.2027, 14:00:05" or "15 Jan 2027, 14:00:05". */
    public static String dateTimeSeconds(Instant instant, Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(conventions(language))
                .withZone(ClockConfig.DISPLAY_ZONE)
                .format(instant);
    }

    /** The day in Hamburg: "15.01.2027" or "15 Jan 2027". */
    public static String date(Instant instant, Locale language) {
        return date(LocalDate.ofInstant(instant, ClockConfig.DISPLAY_ZONE), language);
    }

    /** "15.01.2027" or "15 Jan 2027". */
    public static String date(LocalDate day, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(conventions(language))
                .format(day);
    }

    /** For certificates and letters: "15. Januar 2027" or "15 January 2027". */
    public static String longDate(LocalDate day, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(conventions(language))
                .format(day);
    }

    /** With the weekday: "Freitag, 15. Januar 2027" or "Friday, 15 January 2027". */
    public static String fullDate(LocalDate day, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(conventions(language))
                .format(day);
    }

    /** A day on a chart's axis, without weekday and year: "20.02." or "20 Feb". */
    public static String dayMonth(LocalDate day, Locale language) {
        return DateTimeFormatter.ofPattern(german(language) ? "dd'.'MM'.'" : "d MMM", conventions(language))
                .format(day);
    }

    /** A day with its short weekday: "Sa., 20.02.2027" or "Sat 20 Feb 2027". */
    public static String weekdayDate(LocalDate day, Locale language) {
        return DateTimeFormatter.ofPattern(
                        german(language) ? "EEE, dd.MM.yyyy" : "EEE d MMM yyyy", conventions(language))
                .format(day);
    }

    /** The weekday and time in Hamburg, within one congress or week: "Sa. 14:00" or "Sat 14:00". */
    public static String weekdayTime(Instant instant, Locale language) {
        return DateTimeFormatter.ofPattern("EEE HH:mm", conventions(language))
                .withZone(ClockConfig.DISPLAY_ZONE)
                .format(instant);
    }

    private static boolean german(Locale language) {
        return conventions(language).equals(Locale.GERMANY);
    }

    /** The time of day in Hamburg, 24-hour in both languages: "14:00". */
    public static String time(Instant instant, Locale language) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(conventions(language))
                .withZone(ClockConfig.DISPLAY_ZONE)
                .format(instant);
    }

    /** An amount in euros: "1.234,50 €" or "€1,234.50". */
    public static String money(BigDecimal amount, Locale language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(conventions(language));
        format.setCurrency(EURO);
        return format.format(amount);
    }

    /** A count or other whole number with the language's grouping: "12.345" or "12,345". */
    public static String number(long value, Locale language) {
        return NumberFormat.getIntegerInstance(conventions(language)).format(value);
    }
}
