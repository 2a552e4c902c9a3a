package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.domain.congress.PaymentState;
import de.ddnhamburg.network.domain.congress.PaymentStatusLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the check-in desk (which asks only for paid tickets) from the registration's latest
 * invoice: open or paid. Without an invoice in force (not yet issued, awaiting approval, or
 * cancelled) it cannot say.
 */
@Component
class InvoicePaymentLookup implements PaymentStatusLookup {

    private final InvoiceRepository invoices;

    InvoicePaymentLookup(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @Override
    @Transactional(readOnly = true)
    public PaymentState stateOf(long registrationId) {
        return invoices.findFirstByRegistrationIdAndKindOrderByIdDesc(registrationId, InvoiceKind.INVOICE)
                .map(Invoice::getStatus)
                .map(status -> status == PaymentStatus.OPEN
                        ? PaymentState.OPEN
                        : status == PaymentStatus.PAID ? PaymentState.PAID : PaymentState.UNKNOWN)
                .orElse(PaymentState.UNKNOWN);
    }
}
