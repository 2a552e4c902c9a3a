package de.ddnhamburg.network.domain.congress.invoice;

import org.jspecify.annotations.Nullable;

/**
 * Whom an invoice is addressed to, copied into the invoice when it is issued: the participant's
 * name and the billing address of the registration.
 */
public record InvoiceRecipient(
        String name,
        @Nullable String organisation,
        @Nullable String street,
        @Nullable String postcode,
        @Nullable String city) {}
