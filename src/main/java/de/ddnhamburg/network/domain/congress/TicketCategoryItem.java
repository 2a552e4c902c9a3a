package de.ddnhamburg.network.domain.congress;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A ticket category for the admin editor, with its access code and the places taken. */
public record TicketCategoryItem(
        long id,
        String name,
        String description,
        BigDecimal priceGross,
        int vatRate,
        int quota,
        int taken,
        TicketEligibility eligibility,
        @Nullable String accessCode,
        boolean approvalRequired) {

    static TicketCategoryItem of(TicketCategory category) {
        return new TicketCategoryItem(
                category.id(),
                category.getName(),
                category.getDescription(),
                category.getPriceGross(),
                category.getVatRate(),
                category.getQuota(),
                category.getTaken(),
                category.getEligibility(),
                category.getAccessCode(),
                category.isApprovalRequired());
    }

    public TicketCategoryDraft toDraft() {
        return new TicketCategoryDraft(
                name, description, priceGross, vatRate, quota, eligibility, accessCode, approvalRequired);
    }
}
