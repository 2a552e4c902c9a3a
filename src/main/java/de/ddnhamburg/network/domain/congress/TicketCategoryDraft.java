package de.ddnhamburg.network.domain.congress;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A ticket category as an admin enters it.
 *
 * @param priceGross the exact gross price in EUR, 0 allowed, at most two decimals
 * @param vatRate 0, 7 or 19 (per cent)
 * @param accessCode required exactly when {@code eligibility} is {@link TicketEligibility#ACCESS_CODE}
 */
public record TicketCategoryDraft(
        @Nullable String name,
        @Nullable String description,
        @Nullable BigDecimal priceGross,
        int vatRate,
        int quota,
        TicketEligibility eligibility,
        @Nullable String accessCode,
        boolean approvalRequired) {}
