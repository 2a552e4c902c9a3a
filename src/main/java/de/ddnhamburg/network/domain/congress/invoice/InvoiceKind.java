package de.ddnhamburg.network.domain.congress.invoice;

/** An invoice, or a credit note (Stornorechnung) that cancels one in full. */
public enum InvoiceKind {
    INVOICE,
    CREDIT_NOTE
}
