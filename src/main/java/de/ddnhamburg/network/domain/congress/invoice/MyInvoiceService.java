package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's own invoices and credit notes, for "Meine Anmeldung": only those of their own
 * registrations; anyone else's answers as not found. Guests get theirs by mail.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class MyInvoiceService {

    private final InvoiceRepository invoices;
    private final InvoicePdfFileRepository files;
    private final CurrentUser currentUser;

    MyInvoiceService(InvoiceRepository invoices, InvoicePdfFileRepository files, CurrentUser currentUser) {
        this.invoices = invoices;
        this.files = files;
        this.currentUser = currentUser;
    }

    /** The signed-in member's documents for their registration, oldest first; none for anyone else's. */
    public List<InvoiceItem> forRegistration(long registrationId) {
        return invoices
                .findByMemberIdAndRegistrationIdOrderByIdAsc(currentUser.requireMemberId(), registrationId)
                .stream()
                .map(InvoiceItem::of)
                .toList();
    }

    /** @throws NotFoundException for a document that is not the signed-in member's */
    public InvoiceFile pdf(long invoiceId, Locale language) {
        Invoice invoice = invoices.findById(invoiceId).orElseThrow(NotFoundException::new);
        if (!Objects.equals(invoice.getMemberId(), currentUser.requireMemberId())) {
            throw new NotFoundException();
        }
        return InvoiceDocuments.file(invoices, files, invoiceId, language);
    }
}
