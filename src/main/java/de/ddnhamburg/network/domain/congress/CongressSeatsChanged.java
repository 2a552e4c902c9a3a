package de.ddnhamburg.network.domain.congress;

/**
 * The places of a congress changed: its capacity, a category's quota, a session's seats or what
 * is taken of them. Published inside the writing transaction; listeners that tell open pages listen
 * after the commit (like {@code event.SeatsChanged}) and ask the services again with their own
 * user's rights.
 */
public record CongressSeatsChanged(long congressId) {}
