package de.ddnhamburg.network.domain.congress;

/**
 * Whether a paid registration's ticket is paid, for the check-in desk. The hook for the invoices:
 * the feature that issues them implements this as a Spring bean; until one exists, the desk uses
 * {@link #NOBODY_KNOWS} and shows "unknown" for every paid ticket (free tickets show "nothing to
 * pay" without asking). Called inside the desk's read transaction, so an implementation may read
 * its own tables.
 */
public interface PaymentStatusLookup {

    /** The default while no feature tracks payments. */
    PaymentStatusLookup NOBODY_KNOWS = registrationId -> PaymentState.UNKNOWN;

    /** @return {@link PaymentState#OPEN}, {@link PaymentState#PAID}, or {@link PaymentState#UNKNOWN} */
    PaymentState stateOf(long registrationId);
}
