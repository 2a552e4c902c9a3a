package de.ddnhamburg.network.domain.congress.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How the payment of a registration stands: its latest invoice, open, paid (with the date) or
 * cancelled (then nothing is owed any more; a payment recorded before is to be refunded).
 */
public record RegistrationPayment(
        long registrationId,
        long invoiceId,
        String invoiceNumber,
        PaymentStatus status,
        @Nullable LocalDate paidOn,
        BigDecimal gross) {}
