package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.CongressPaymentMails;
import de.ddnhamburg.network.security.Roles;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments of congress invoices, for admins: recording one as received (audited, and mailed to the
 * participant), and reading how a registration's payment stands, one or a whole congress's at once
 * (for the registrations grid, the check-in and the dashboard, which know registrations, not
 * invoices). Recording a payment locks the invoice row, as cancelling it does, so that of the two
 * the later one sees the other.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class InvoicePaymentService {

    private final InvoiceRepository invoices;
    private final CongressPaymentMails mails;
    private final AuditService audit;
    private final Clock clock;

    InvoicePaymentService(InvoiceRepository invoices, CongressPaymentMails mails, AuditService audit, Clock clock) {
        this.invoices = invoices;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records that the invoice was paid on the given day, audited and mailed to the participant.
     * Recording it again is a no-op (a double click changes nothing); a cancelled invoice or a
     * credit note is refused.
     *
     * @throws DomainException {@code congress.invoice.paidInFuture} for a day after today,
     *     {@code congress.invoice.notPayable} for a credit note or a cancelled invoice
     */
    @Transactional
    public InvoiceItem markPaid(long invoiceId, LocalDate paidOn) {
        requireNotFuture(paidOn);
        Invoice invoice = invoices.findByIdForUpdate(invoiceId).orElseThrow(NotFoundException::new);
        if (invoice.getStatus() != PaymentStatus.OPEN && invoice.getStatus() != PaymentStatus.PAID) {
            throw new DomainException("congress.invoice.notPayable", invoice.getNumber());
        }
        return record(invoice, paidOn);
    }

    /**
     * Records the payment of the registration's invoice in force, as {@link #markPaid(long,
     * LocalDate)}.
     *
     * @throws DomainException {@code congress.invoice.noneOpen} when the registration has no invoice
     *     that is open or paid
     */
    @Transactional
    public InvoiceItem markRegistrationPaid(long registrationId, LocalDate paidOn) {
        requireNotFuture(paidOn);
        // By id first, then locked: the row is read only under the lock, never an older copy.
        Invoice latest = Optional.ofNullable(invoices.latestInvoiceId(registrationId))
                .flatMap(invoices::findByIdForUpdate)
                .filter(Invoice::inForce)
                .orElseThrow(() -> new DomainException("congress.invoice.noneOpen"));
        return record(latest, paidOn);
    }

    /** Paid once: recording it again changes nothing and mails nobody. */
    private InvoiceItem record(Invoice invoice, LocalDate paidOn) {
        if (invoice.getStatus() == PaymentStatus.PAID) {
            return InvoiceItem.of(invoice);
        }
        invoice.markPaid(paidOn);
        invoices.flush();
        audit.record(
                AuditAction.INVOICE_MARKED_PAID,
                "registration:" + invoice.getRegistrationId(),
                AuditNote.of("audit.note.paidOn", invoice.getNumber(), AuditNote.day(paidOn)));
        mails.paymentReceived(
                invoice.getRegistrationId(),
                invoice.id(),
                invoice.getNumber(),
                invoice.amounts().gross(),
                paidOn);
        return InvoiceItem.of(invoice);
    }

    private void requireNotFuture(LocalDate paidOn) {
        if (paidOn.isAfter(LocalDate.now(clock.withZone(ClockConfig.DISPLAY_ZONE)))) {
            throw new DomainException("congress.invoice.paidInFuture");
        }
    }

    /** How the registration's payment stands; empty for a registration never invoiced (free). */
    public Optional<RegistrationPayment> paymentOf(long registrationId) {
        return invoices.findFirstByRegistrationIdAndKindOrderByIdDesc(registrationId, InvoiceKind.INVOICE)
                .map(InvoicePaymentService::payment);
    }

    /** The payments of all the congress's invoiced registrations, by registration id. */
    public Map<Long, RegistrationPayment> paymentsOf(long congressId) {
        return invoices.findLatestInvoicesOfCongress(congressId).stream()
                .map(InvoicePaymentService::payment)
                .collect(Collectors.toMap(
                        RegistrationPayment::registrationId, Function.identity(), (a, b) -> b, LinkedHashMap::new));
    }

    /** Gross revenue per category from invoices in force, open and paid (for the dashboard). */
    public List<CategoryRevenue> revenue(long congressId) {
        Map<String, BigDecimal[]> byCategory = new LinkedHashMap<>();
        for (Object[] row : invoices.sumGrossByCategory(congressId)) {
            BigDecimal[] sums = byCategory.computeIfAbsent(
                    (String) row[0], name -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[row[1] == PaymentStatus.PAID ? 1 : 0] = (BigDecimal) row[2];
        }
        List<CategoryRevenue> revenue = new ArrayList<>();
        byCategory.forEach((name, sums) -> revenue.add(new CategoryRevenue(name, sums[0], sums[1])));
        return revenue;
    }

    private static RegistrationPayment payment(Invoice invoice) {
        return new RegistrationPayment(
                invoice.getRegistrationId(),
                invoice.id(),
                invoice.getNumber(),
                java.util.Objects.requireNonNull(invoice.getStatus(), "an invoice has a status"),
                invoice.getPaidOn(),
                invoice.amounts().gross());
    }
}
