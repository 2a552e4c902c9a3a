package de.ddnhamburg.network.domain.congress;

/** Whether a registration's ticket is paid, as far as the platform knows (see {@link PaymentStatusLookup}). */
public enum PaymentState {
    /** A free category: nothing to pay. */
    NOT_DUE,
    OPEN,
    PAID,
    /** Nobody tracks payments yet, or the invoice feature cannot say. */
    UNKNOWN
}
