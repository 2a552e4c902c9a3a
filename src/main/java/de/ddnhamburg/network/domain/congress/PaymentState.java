package de.ddnhamburg.network.domain.congress;

/** Whether a registration's ticket is paid, as far as the platform knows (see {@link PaymentStatusLookup}). */
public enum PaymentState {
    /** A free category: nothing to pay. */
    NOT_DUE,
    OPEN,
    PAID,
    /**
     * A paid category, but no invoice in force: none issued (the registration awaits approval, or
     * was placed before invoicing began) or the last one cancelled by a credit note, as for a
     * guest of honour who pays nothing. There is no payment to look for.
     */
    NO_INVOICE,
    /** Nobody tracks payments yet, or the invoice feature cannot say. */
    UNKNOWN
}
