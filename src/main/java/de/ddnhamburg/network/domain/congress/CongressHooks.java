package de.ddnhamburg.network.domain.congress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The answers other features give the congress through the interfaces it declares: the check-in's
 * and the invoices' beans when they exist, else the empty defaults (nobody checked in, nothing paid).
 */
@Component
class CongressHooks {

    private final ObjectProvider<CongressCheckInLookup> checkIns;
    private final ObjectProvider<CongressPaymentLookup> payments;

    CongressHooks(ObjectProvider<CongressCheckInLookup> checkIns, ObjectProvider<CongressPaymentLookup> payments) {
        this.checkIns = checkIns;
        this.payments = payments;
    }

    CongressCheckInLookup checkIns() {
        return checkIns.getIfAvailable(() -> CongressCheckInLookup.NONE);
    }

    CongressPaymentLookup payments() {
        return payments.getIfAvailable(() -> CongressPaymentLookup.NONE);
    }
}
