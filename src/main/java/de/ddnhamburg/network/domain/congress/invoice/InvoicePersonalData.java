package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The member's congress invoices and credit notes. Export: each with number, date, recipient,
 * amounts and payment status. Deletion of the account keeps them (tax law obliges us to keep
 * invoices, GDPR Art. 17 (3) (b)) with their own copy of name and billing address, but they no
 * longer name the account. Runs after the registrations' section, whose cancellations may issue
 * credit notes that still name it.
 */
@Component
@Order(37)
class InvoicePersonalData implements PersonalDataSection {

    private final InvoiceRepository invoices;

    InvoicePersonalData(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @Override
    public String name() {
        return "congressInvoices";
    }

    @Override
    public List<InvoiceExportItem> export(DataSubject subject) {
        return invoices.findByMemberIdOrderByIdAsc(subject.memberId()).stream()
                .map(invoice -> new InvoiceExportItem(InvoiceItem.of(invoice), invoice.recipient()))
                .toList();
    }

    @Override
    public void erase(DataSubject subject) {
        invoices.forgetMember(subject.memberId());
    }

    /** One document in the member's export: the list row and the address it was issued to. */
    record InvoiceExportItem(InvoiceItem invoice, InvoiceRecipient recipient) {}
}
