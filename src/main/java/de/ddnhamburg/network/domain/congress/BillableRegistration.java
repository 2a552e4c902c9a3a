package de.ddnhamburg.network.domain.congress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What an invoice needs to know about a registration at the moment it changed: who is billed for
 * which category of which congress, and whether the registration holds a confirmed place.
 *
 * @param priceGross the category's price including VAT, exact in EUR
 * @param vatRate the category's VAT rate in percent (0, 7 or 19)
 * @param billing the billing address entered for a paid category (may be empty)
 */
public record BillableRegistration(
        long registrationId,
        long congressId,
        String congressTitle,
        LocalDate firstDay,
        LocalDate lastDay,
        @Nullable Long memberId,
        CongressRegistrationStatus status,
        long categoryId,
        String categoryName,
        BigDecimal priceGross,
        int vatRate,
        String firstName,
        String lastName,
        @Nullable String organisation,
        BillingAddress billing,
        Locale language) {

    /** Whether the registration owes its category's price now: a confirmed place in a paid category. */
    public boolean owes() {
        return status == CongressRegistrationStatus.CONFIRMED && priceGross.signum() > 0;
    }

    static BillableRegistration of(Congress congress, CongressRegistration registration, TicketCategory category) {
        return new BillableRegistration(
                registration.id(),
                congress.id(),
                congress.getTitle(),
                congress.getFirstDay(),
                congress.lastDay(),
                registration.getMemberId(),
                registration.getStatus(),
                category.id(),
                category.getName(),
                category.getPriceGross(),
                category.getVatRate(),
                registration.getFirstName(),
                registration.getLastName(),
                registration.getOrganisation(),
                new BillingAddress(
                        registration.getBillingOrganisation(),
                        registration.getBillingStreet(),
                        registration.getBillingPostcode(),
                        registration.getBillingCity()),
                Locale.forLanguageTag(registration.getLanguage()));
    }
}
