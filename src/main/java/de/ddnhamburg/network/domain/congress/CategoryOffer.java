package de.ddnhamburg.network.domain.congress;

import java.math.BigDecimal;

/** A ticket category as the public sees it: price, who may choose it and the places left (no access code). */
public record CategoryOffer(
        long id,
        String name,
        String description,
        BigDecimal priceGross,
        int vatRate,
        TicketEligibility eligibility,
        boolean approvalRequired,
        int placesLeft) {}
