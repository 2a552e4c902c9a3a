package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.domain.common.FileNames;
import de.ddnhamburg.network.domain.common.NotFoundException;
import java.util.Locale;

/** What the services that hand out PDFs share: the file of an invoice, as issued. */
final class InvoiceDocuments {

    private InvoiceDocuments() {}

    static InvoiceFile file(
            InvoiceRepository invoices, InvoicePdfFileRepository files, long invoiceId, Locale language) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow(NotFoundException::new);
        byte[] pdf =
                files.findById(invoiceId).orElseThrow(NotFoundException::new).content();
        return new InvoiceFile(fileName(invoice.getKind(), invoice.getNumber(), language), pdf);
    }

    /** {@code Rechnung-2027-0001.pdf}, {@code Invoice-2027-0001.pdf}, {@code Stornorechnung-…}, {@code Credit-note-…}. */
    static String fileName(InvoiceKind kind, String number, Locale language) {
        return FileNames.of(language, kind == InvoiceKind.INVOICE ? "file.invoice" : "file.creditNote", "pdf", number);
    }
}
