package de.ddnhamburg.network.domain.congress.invoice;

/** The PDF of an invoice or credit note as issued, with the name to download it under. */
public record InvoiceFile(String fileName, byte[] content) {

    public String contentType() {
        return CongressInvoicing.PDF;
    }
}
