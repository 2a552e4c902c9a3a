package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.domain.common.NotFoundException;

/** What the services that hand out PDFs share: the file of an invoice, as issued. */
final class InvoiceDocuments {

    private InvoiceDocuments() {}

    static InvoiceFile file(InvoiceRepository invoices, InvoicePdfFileRepository files, long invoiceId) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow(NotFoundException::new);
        byte[] pdf =
                files.findById(invoiceId).orElseThrow(NotFoundException::new).content();
        String prefix = invoice.getKind() == InvoiceKind.INVOICE ? "Rechnung-" : "Stornorechnung-";
        return new InvoiceFile(prefix + invoice.getNumber() + ".pdf", pdf);
    }
}
