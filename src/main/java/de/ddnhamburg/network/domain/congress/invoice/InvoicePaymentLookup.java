package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.congress.PaymentState;
import de.ddnhamburg.network.domain.congress.PaymentStatusLookup;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the check-in desk, the admins' registrations and the dashboard from each registration's
 * latest invoice: open or paid, or no invoice when none is in force (not yet issued, awaiting
 * approval, or cancelled by a credit note). Marking paid from the registrations' page goes through
 * {@link InvoicePaymentService}, so it is recorded, audited and mailed like on the invoices' page.
 */
@Component
class InvoicePaymentLookup implements PaymentStatusLookup {

    private final InvoiceRepository invoices;
    private final InvoicePaymentService payments;
    private final Clock clock;

    InvoicePaymentLookup(InvoiceRepository invoices, InvoicePaymentService payments, Clock clock) {
        this.invoices = invoices;
        this.payments = payments;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PaymentState stateOf(long registrationId) {
        return invoices.findFirstByRegistrationIdAndKindOrderByIdDesc(registrationId, InvoiceKind.INVOICE)
                .map(Invoice::getStatus)
                .map(status -> switch (status) {
                    case OPEN -> PaymentState.OPEN;
                    case PAID -> PaymentState.PAID;
                    case CANCELLED -> PaymentState.NO_INVOICE;
                })
                .orElse(PaymentState.NO_INVOICE);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Instant> paid(long congressId) {
        Map<Long, Instant> paid = new HashMap<>();
        for (Invoice invoice : invoices.findLatestInvoicesOfCongress(congressId)) {
            if (invoice.getStatus() == PaymentStatus.PAID) {
                // Payments are recorded by day; the list shows the day, so its start stands for it.
                LocalDate day = Objects.requireNonNull(invoice.getPaidOn());
                paid.put(
                        invoice.getRegistrationId(),
                        day.atStartOfDay(ClockConfig.DISPLAY_ZONE).toInstant());
            }
        }
        return paid;
    }

    @Override
    public boolean canMarkPaid() {
        return true;
    }

    @Override
    public void markPaid(long registrationId) {
        payments.markRegistrationPaid(registrationId, LocalDate.now(clock.withZone(ClockConfig.DISPLAY_ZONE)));
    }
}
