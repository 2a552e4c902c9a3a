package de.ddnhamburg.network.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates, times and amounts as a German and an English reader expect them, in Hamburg's time. */
class LocalFormatsTest {

    /** 13:00 UTC in January is 14:00 in Hamburg. */
    private static final Instant APPOINTMENT = Instant.parse("2027-01-15T13:00:00Z");

    @Test
    void an_appointment_is_day_month_year_and_24_hour_time_in_both_languages() {
        assertThat(LocalFormats.dateTime(APPOINTMENT, Locale.GERMAN)).isEqualTo("15.01.2027, 14:00");
        assertThat(LocalFormats.dateTime(APPOINTMENT, Locale.ENGLISH)).isEqualTo("15 Jan 2027, 14:00");
        assertThat(LocalFormats.dateTime(APPOINTMENT, Locale.US))
                .as("every English reader gets the same, unambiguous form")
                .isEqualTo("15 Jan 2027, 14:00");
        assertThat(LocalFormats.dateTimeSeconds(APPOINTMENT.plusSeconds(5), Locale.GERMAN))
                .isEqualTo("15.01.2027, 14:00:05");
        assertThat(LocalFormats.time(APPOINTMENT, Locale.ENGLISH)).isEqualTo("14:00");
    }

    @Test
    void days_in_short_long_and_full_form() {
        LocalDate day = LocalDate.of(2027, 1, 15);

        assertThat(LocalFormats.date(day, Locale.GERMAN)).isEqualTo("15.01.2027");
        assertThat(LocalFormats.date(day, Locale.ENGLISH)).isEqualTo("15 Jan 2027");
        assertThat(LocalFormats.longDate(day, Locale.GERMAN)).isEqualTo("15. Januar 2027");
        assertThat(LocalFormats.longDate(day, Locale.ENGLISH)).isEqualTo("15 January 2027");
        assertThat(LocalFormats.fullDate(day, Locale.GERMAN)).isEqualTo("Freitag, 15. Januar 2027");
        assertThat(LocalFormats.fullDate(day, Locale.ENGLISH)).isEqualTo("Friday, 15 January 2027");
    }

    @Test
    void chart_days_and_weekdays_follow_the_language() {
        LocalDate day = LocalDate.of(2027, 2, 20);
        assertThat(LocalFormats.dayMonth(day, Locale.GERMAN)).isEqualTo("20.02.");
        assertThat(LocalFormats.dayMonth(day, Locale.ENGLISH)).isEqualTo("20 Feb");
        assertThat(LocalFormats.weekdayDate(day, Locale.GERMAN)).isEqualTo("Sa., 20.02.2027");
        assertThat(LocalFormats.weekdayDate(day, Locale.ENGLISH)).isEqualTo("Sat 20 Feb 2027");
        Instant saturdayAfternoon = Instant.parse("2027-02-20T13:00:00Z");
        assertThat(LocalFormats.weekdayTime(saturdayAfternoon, Locale.GERMAN)).isEqualTo("Sa. 14:00");
        assertThat(LocalFormats.weekdayTime(saturdayAfternoon, Locale.ENGLISH)).isEqualTo("Sat 14:00");
    }

    @Test
    void the_day_of_an_instant_is_the_day_in_hamburg() {
        // 23:30 UTC on 14 January is already 15 January in Hamburg.
        assertThat(LocalFormats.date(Instant.parse("2027-01-14T23:30:00Z"), Locale.GERMAN))
                .isEqualTo("15.01.2027");
    }

    @Test
    void amounts_are_euros_with_the_languages_separators() {
        BigDecimal amount = new BigDecimal("1234.50");

        assertThat(LocalFormats.money(amount, Locale.GERMAN)).isEqualTo("1.234,50\u00a0€");
        assertThat(LocalFormats.money(amount, Locale.ENGLISH)).isEqualTo("€1,234.50");
        assertThat(LocalFormats.money(amount.negate(), Locale.ENGLISH)).isEqualTo("-€1,234.50");
        assertThat(LocalFormats.number(12_345, Locale.GERMAN)).isEqualTo("12.345");
        assertThat(LocalFormats.number(12_345, Locale.ENGLISH)).isEqualTo("12,345");
    }

    @Test
    void languages_other_than_english_follow_german_conventions() {
        assertThat(LocalFormats.conventions(Locale.FRENCH)).isEqualTo(Locale.GERMANY);
        assertThat(LocalFormats.conventions(Locale.US)).isEqualTo(Locale.UK);
    }
}
