package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.DomainException;
import java.time.Instant;
import java.util.Map;

/**
 * Which registrations have paid, as the invoices know it: the congress declares it (dashboard
 * revenue, payment status in the registrations' list), the invoices implement it as a bean. Without
 * one, {@link #NONE} answers: nothing is paid, everything a paid category costs is open, and an
 * admin cannot mark anything paid.
 */
public interface CongressPaymentLookup {

    CongressPaymentLookup NONE = congressId -> Map.of();

    /** The registrations of the congress whose invoice is paid, with the time it was marked paid. */
    Map<Long, Instant> paid(long congressId);

    /** Whether {@link #markPaid} works; the registrations' page shows the button only then. */
    default boolean canMarkPaid() {
        return false;
    }

    /**
     * Marks the registration's invoice paid now. Called by {@code CongressRegistrationAdminService}
     * after its admin check, which also audits it.
     */
    default void markPaid(long registrationId) {
        throw new DomainException("congress.desk.paymentsUnavailable");
    }
}
