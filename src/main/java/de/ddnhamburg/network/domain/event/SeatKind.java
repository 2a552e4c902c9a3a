package de.ddnhamburg.network.domain.event;

/** The kind of seat a registration holds; each has its own capacity and waiting list. */
public enum SeatKind {
    IN_PERSON,
    ONLINE
}
