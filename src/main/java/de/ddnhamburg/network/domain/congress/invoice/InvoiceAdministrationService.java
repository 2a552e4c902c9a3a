package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.export.TableExport;
import de.ddnhamburg.network.domain.congress.CongressEditionService;
import de.ddnhamburg.network.domain.congress.CongressItem;
import de.ddnhamburg.network.security.Roles;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invoices page of a congress for admins: what is open and paid, the documents page by page
 * in the order of their numbers, each PDF as issued, and the accounting export (CSV for German
 * Excel) of a congress's or a year's invoices and credit notes, audited as an export of personal
 * data. Recording payments is {@link InvoicePaymentService}'s.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class InvoiceAdministrationService {

    private final InvoiceRepository invoices;
    private final InvoicePdfFileRepository files;
    private final InvoiceExport export;
    private final CongressEditionService editions;
    private final AuditService audit;

    InvoiceAdministrationService(
            InvoiceRepository invoices,
            InvoicePdfFileRepository files,
            InvoiceExport export,
            CongressEditionService editions,
            AuditService audit) {
        this.invoices = invoices;
        this.files = files;
        this.export = export;
        this.editions = editions;
        this.audit = audit;
    }

    /** @throws NotFoundException for a congress that does not exist */
    public CongressInvoices overview(long congressId) {
        CongressItem congress = editions.list().stream()
                .filter(item -> item.id() == congressId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        return new CongressInvoices(
                congressId,
                congress.title(),
                invoices.countByCongressId(congressId),
                invoices.sumGross(congressId, PaymentStatus.OPEN),
                invoices.sumGross(congressId, PaymentStatus.PAID),
                invoices.findYearsOfCongress(congressId));
    }

    /** The congress's invoices and credit notes in the order of their numbers. */
    public List<InvoiceItem> page(long congressId, Pageable pageable) {
        return invoices
                .findByCongressIdOrderByNumberYearAscNumberSeqAsc(
                        congressId, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                .stream()
                .map(InvoiceItem::of)
                .toList();
    }

    public long count(long congressId) {
        return invoices.countByCongressId(congressId);
    }

    /** The PDF exactly as it was issued and mailed, named in the admin's language. */
    public InvoiceFile pdf(long invoiceId, Locale language) {
        return InvoiceDocuments.file(invoices, files, invoiceId, language);
    }

    /** Every invoice and credit note of the congress, for the accounting. */
    @Transactional
    public byte[] exportCongress(long congressId, Locale locale) {
        overview(congressId);
        audit.record(AuditAction.INVOICES_EXPORTED, "congress:" + congressId, "csv");
        return TableExport.csv(
                export.table(invoices.findByCongressIdOrderByNumberYearAscNumberSeqAsc(congressId), locale));
    }

    /** Every invoice and credit note numbered in the year, of all congresses, for the accounting. */
    @Transactional
    public byte[] exportYear(int year, Locale locale) {
        audit.record(AuditAction.INVOICES_EXPORTED, "year:" + year, "csv");
        return TableExport.csv(export.table(invoices.findByNumberYearOrderByNumberSeqAsc(year), locale));
    }
}
