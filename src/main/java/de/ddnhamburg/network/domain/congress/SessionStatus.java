package de.ddnhamburg.network.domain.congress;

/** A session is cancelled, never deleted, once people chose it. */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED
}
