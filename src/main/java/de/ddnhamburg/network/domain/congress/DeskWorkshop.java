package de.ddnhamburg.network.domain.congress;

import java.time.Instant;

/**
 * A chosen session as the desk shows it: the seat someone holds, or the session they still wait
 * for ({@code waiting}; meanwhile they may hold a seat of their second choice, a line of its own).
 */
public record DeskWorkshop(Instant startsAt, String title, String room, boolean waiting) {}
