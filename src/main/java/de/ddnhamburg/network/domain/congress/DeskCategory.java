package de.ddnhamburg.network.domain.congress;

import java.math.BigDecimal;

/** A ticket category as the admins' desk shows it: price, quota and places held. */
public record DeskCategory(long id, String name, BigDecimal price, int quota, int taken, boolean approvalRequired) {

    public int placesLeft() {
        return Math.max(0, quota - taken);
    }
}
