/**
 * Events (Veranstaltungen) and registrations for them. Seats are taken and given back only through
 * {@link SeatAllocation}, the one capacity and waiting-list mechanism of the platform.
 */
@NullMarked
package de.ddnhamburg.network.domain.event;

import org.jspecify.annotations.NullMarked;
