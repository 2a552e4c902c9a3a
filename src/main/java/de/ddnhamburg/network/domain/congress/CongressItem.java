package de.ddnhamburg.network.domain.congress;

import java.time.LocalDate;

/** A congress edition in the admins' list. */
public record CongressItem(
        long id, String title, LocalDate firstDay, int dayCount, CongressStatus status, int capacity, int taken) {

    static CongressItem of(Congress congress) {
        return new CongressItem(
                congress.id(),
                congress.getTitle(),
                congress.getFirstDay(),
                congress.getDayCount(),
                congress.getStatus(),
                congress.getCapacity(),
                congress.getTaken());
    }
}
