package de.ddnhamburg.network.domain.congress.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An invoice or credit note in a list.
 *
 * @param refersToNumber for a credit note, the invoice it cancels
 * @param status for an invoice its payment status; {@code null} for a credit note
 * @param paidOn when the payment was recorded as received (kept when the invoice is cancelled later)
 */
public record InvoiceItem(
        long id,
        InvoiceKind kind,
        String number,
        LocalDate issuedOn,
        @Nullable String refersToNumber,
        long registrationId,
        String recipientName,
        @Nullable String recipientOrganisation,
        String categoryName,
        BigDecimal net,
        int vatRate,
        BigDecimal vat,
        BigDecimal gross,
        @Nullable PaymentStatus status,
        @Nullable LocalDate paidOn) {

    static InvoiceItem of(Invoice invoice) {
        InvoiceAmounts amounts = invoice.amounts();
        InvoiceRecipient recipient = invoice.recipient();
        return new InvoiceItem(
                invoice.id(),
                invoice.getKind(),
                invoice.getNumber(),
                invoice.getIssuedOn(),
                invoice.getRefersToNumber(),
                invoice.getRegistrationId(),
                recipient.name(),
                recipient.organisation(),
                invoice.getCategoryName(),
                amounts.net(),
                amounts.vatRate(),
                amounts.vat(),
                amounts.gross(),
                invoice.getStatus(),
                invoice.getPaidOn());
    }

    /** Whether an admin can record its payment: an invoice still open. */
    public boolean payable() {
        return kind == InvoiceKind.INVOICE && status == PaymentStatus.OPEN;
    }
}
