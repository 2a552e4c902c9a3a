package de.ddnhamburg.network.domain.event;

import org.jspecify.annotations.Nullable;

/** A kind of seat an event offers: its capacity and the seats still free, both {@code null} if unlimited. */
public record SeatOffer(
        SeatKind kind, @Nullable Integer capacity, @Nullable Long free) {}
