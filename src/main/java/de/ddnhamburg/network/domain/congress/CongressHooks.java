package de.ddnhamburg.network.domain.congress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The answers other features give the congress through the interfaces it declares: the check-in's
 * and the invoices' beans when they exist, else the defaults (nobody checked in; payments unknown,
 * nothing paid).
 */
@Component
class CongressHooks {

    private final ObjectProvider<CongressCheckInLookup> checkIns;
    private final ObjectProvider<PaymentStatusLookup> payments;

    CongressHooks(ObjectProvider<CongressCheckInLookup> checkIns, ObjectProvider<PaymentStatusLookup> payments) {
        this.checkIns = checkIns;
        this.payments = payments;
    }

    CongressCheckInLookup checkIns() {
        return checkIns.getIfAvailable(() -> CongressCheckInLookup.NONE);
    }

    PaymentStatusLookup payments() {
        return payments.getIfAvailable(() -> PaymentStatusLookup.NOBODY_KNOWS);
    }

    /** Whether a feature tracks payments; else paid categories' tickets are of unknown state. */
    boolean paymentsTracked() {
        return payments.getIfAvailable() != null;
    }
}
