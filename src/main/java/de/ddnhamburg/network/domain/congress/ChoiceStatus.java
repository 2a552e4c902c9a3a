package de.ddnhamburg.network.domain.congress;

/** State of a session choice: SEATED holds a seat, WAITLISTED waits (holding the second choice's seat if any), PENDING belongs to a registration that has no place yet. */
public enum ChoiceStatus {
    SEATED,
    WAITLISTED,
    PENDING
}
