package de.ddnhamburg.network.domain.congress.invoice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Everything an invoice or credit note prints, the single source of both the PDF and the stored
 * row (§ 14 (4) UStG: issuer and recipient with address, the issuer's tax number or VAT ID, the
 * date of issue, a unique number, the service and its date, net amount, rate and VAT, gross).
 *
 * @param refersToNumber for a credit note, the number of the invoice it cancels
 * @param refersToIssuedOn for a credit note, the date of that invoice
 * @param paymentTerms how to pay; printed on invoices only
 * @param exemptionNote why no VAT is charged; printed when the rate is 0
 * @param language the recipient's language, in which the PDF is written
 */
record InvoiceDocument(
        InvoiceKind kind,
        InvoiceNumber number,
        LocalDate issuedOn,
        Instant issuedAt,
        @Nullable String refersToNumber,
        @Nullable LocalDate refersToIssuedOn,
        InvoiceProperties.Issuer issuer,
        InvoiceRecipient recipient,
        String description,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        InvoiceAmounts amounts,
        String paymentTerms,
        String exemptionNote,
        Locale language) {

    /** The file name of the PDF in the recipient's language, such as {@code Rechnung-2027-0001.pdf}. */
    String fileName() {
        return InvoiceDocuments.fileName(kind, number.text(), language);
    }
}
