package de.ddnhamburg.network.domain.event;

import java.time.Duration;
import java.util.List;

/**
 * Whether a guest can register for an event now, and how.
 *
 * @param guestsAllowed whether the event takes guests at all (otherwise: log in or join)
 * @param open whether registering is possible now (published, inside the window)
 * @param seatKinds the kinds of seat to choose from; one for events that are not hybrid
 * @param hold how long an unconfirmed registration holds its place
 */
public record GuestOffer(boolean guestsAllowed, boolean open, List<SeatKind> seatKinds, Duration hold) {}
