package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/** A session's seats as read under the congress lock: capacity ({@code null}: open to all) and taken. */
record SessionSeats(long id, long slotId, @Nullable Integer capacity, int taken, SessionStatus status) {}
