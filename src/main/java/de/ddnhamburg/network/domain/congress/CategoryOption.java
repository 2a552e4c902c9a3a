package de.ddnhamburg.network.domain.congress;

import java.math.BigDecimal;

/**
 * A ticket category the caller may choose, as the wizard shows it.
 *
 * @param paid whether it costs something, so that a billing address is required
 * @param placesLeft places still free in it (its quota and the congress's capacity both count)
 * @param waiting how many wait for it already
 */
public record CategoryOption(
        long id,
        String name,
        String description,
        BigDecimal priceGross,
        int vatRate,
        boolean paid,
        boolean approvalRequired,
        boolean byCode,
        int placesLeft,
        int waiting) {}
