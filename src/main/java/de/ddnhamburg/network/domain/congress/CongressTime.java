package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.ClockConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Slots are entered as a day of the congress and Hamburg wall-clock times, and stored as instants. */
final class CongressTime {

    static final ZoneId ZONE = ClockConfig.DISPLAY_ZONE;

    private CongressTime() {}

    static Instant at(LocalDate firstDay, int dayNumber, LocalTime time) {
        return firstDay.plusDays(dayNumber - 1L).atTime(time).atZone(ZONE).toInstant();
    }

    static LocalTime timeOf(Instant instant) {
        return instant.atZone(ZONE).toLocalTime();
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
