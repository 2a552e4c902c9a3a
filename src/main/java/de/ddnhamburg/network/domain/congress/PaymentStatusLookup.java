package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.DomainException;
import java.time.Instant;
import java.util.Map;

/**
 * Whether a paid registration's ticket is paid: the hook for the invoices, which implement this as
 * a Spring bean. The check-in desk asks per registration ({@link #stateOf}); the admins' list and
 * dashboard ask per congress ({@link #paid}: their payment filter pages in the database, their
 * revenue adds up). Until a bean exists, {@link #NOBODY_KNOWS}: the desk and the list show
 * "unknown" for every paid ticket (free tickets show "nothing to pay" without asking), the
 * dashboard counts every confirmed paid ticket as open, and nobody can mark anything paid. Called
 * inside the callers' read transactions, so an implementation may read its own tables.
 */
public interface PaymentStatusLookup {

    /** The default while no feature tracks payments. */
    PaymentStatusLookup NOBODY_KNOWS = new PaymentStatusLookup() {

        @Override
        public PaymentState stateOf(long registrationId) {
            return PaymentState.UNKNOWN;
        }

        @Override
        public Map<Long, Instant> paid(long congressId) {
            return Map.of();
        }
    };

    /**
     * @return {@link PaymentState#OPEN}, {@link PaymentState#PAID}, {@link PaymentState#NO_INVOICE},
     *     or {@link PaymentState#UNKNOWN}
     */
    PaymentState stateOf(long registrationId);

    /** The registrations of the congress whose ticket is paid, with the time it was marked paid. */
    Map<Long, Instant> paid(long congressId);

    /** Whether {@link #markPaid} works; the registrations' page shows the button only then. */
    default boolean canMarkPaid() {
        return false;
    }

    /**
     * Marks the registration's ticket paid now. Called by {@code CongressRegistrationAdminService}
     * after its admin check, which also audits it.
     */
    default void markPaid(long registrationId) {
        throw new DomainException("congress.desk.paymentsUnavailable");
    }
}
