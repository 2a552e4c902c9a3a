package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A congress as the check-in desk needs it.
 *
 * @param startsAt the start of its first day in Hamburg
 * @param endsAt the end of its last day in Hamburg (midnight after it)
 */
public record DeskCongress(
        long id, String title, CongressStatus status, LocalDate firstDay, Instant startsAt, Instant endsAt) {

    static DeskCongress of(Congress congress) {
        return new DeskCongress(
                congress.id(),
                congress.getTitle(),
                congress.getStatus(),
                congress.getFirstDay(),
                CongressTime.startOf(congress.getFirstDay()),
                CongressTime.startOf(congress.lastDay().plusDays(1)));
    }
}
