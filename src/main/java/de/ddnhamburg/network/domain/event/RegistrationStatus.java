package de.ddnhamburg.network.domain.event;

/** A registration holds a seat, waits for one at a position, or was cancelled. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED
}
