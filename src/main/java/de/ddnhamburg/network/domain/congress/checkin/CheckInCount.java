package de.ddnhamburg.network.domain.congress.checkin;

/**
 * The desk's counter: how many are checked in, of how many confirmed registrations.
 *
 * @param expected registrations holding a confirmed place (someone checked in and cancelled later
 *     counts as checked in, so {@code checkedIn} may exceed it)
 */
public record CheckInCount(long checkedIn, long expected) {}
