package de.ddnhamburg.network.domain.congress;

/** State of a congress registration. UNCONFIRMED (a guest before the mailed link), AWAITING_APPROVAL and CONFIRMED hold a place; WAITLISTED waits for one. */
public enum CongressRegistrationStatus {
    UNCONFIRMED,
    AWAITING_APPROVAL,
    CONFIRMED,
    WAITLISTED,
    CANCELLED;

    /** Whether the registration holds a place of the congress and its category. */
    public boolean holdsPlace() {
        return this == UNCONFIRMED || this == AWAITING_APPROVAL || this == CONFIRMED;
    }
}
