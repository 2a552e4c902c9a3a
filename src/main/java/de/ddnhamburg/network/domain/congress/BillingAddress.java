package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/** The billing address of a paid registration, kept for the invoice. */
public record BillingAddress(
        @Nullable String organisation,
        @Nullable String street,
        @Nullable String postcode,
        @Nullable String city) {

    public static BillingAddress none() {
        return new BillingAddress(null, null, null, null);
    }
}
