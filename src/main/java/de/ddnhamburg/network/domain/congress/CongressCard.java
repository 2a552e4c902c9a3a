package de.ddnhamburg.network.domain.congress;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A congress edition in short, for the start page, the navigation and lists. */
public record CongressCard(
        long id,
        String title,
        @Nullable String subtitle,
        LocalDate firstDay,
        int dayCount,
        String venueName,
        CongressStatus status) {

    static CongressCard of(Congress congress) {
        return new CongressCard(
                congress.id(),
                congress.getTitle(),
                congress.getSubtitle(),
                congress.getFirstDay(),
                congress.getDayCount(),
                congress.getVenueName(),
                congress.getStatus());
    }
}
