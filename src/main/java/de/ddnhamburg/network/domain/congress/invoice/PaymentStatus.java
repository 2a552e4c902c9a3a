package de.ddnhamburg.network.domain.congress.invoice;

/**
 * Where an invoice stands: open until an admin records the payment, paid (with the date), or
 * cancelled by a credit note (whether or not it had been paid; a paid one is then to be refunded).
 */
public enum PaymentStatus {
    OPEN,
    PAID,
    CANCELLED
}
