package de.ddnhamburg.network.domain.congress;

/**
 * Places, seats or waiting lists of a congress changed. Published inside the writing transaction by
 * the placement; listeners that tell open pages must listen with
 * {@code @TransactionalEventListener(phase = AFTER_COMMIT)}, as for {@code event.SeatsChanged}.
 */
public record CongressPlacesChanged(long congressId) {}
