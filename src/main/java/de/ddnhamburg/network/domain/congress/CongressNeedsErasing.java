package de.ddnhamburg.network.domain.congress;

/**
 * A congress's dietary and accessibility needs are about to be erased ({@link CongressDataRetention}).
 * Published synchronously inside the erasing transaction, with the congress locked, so that a
 * listener can still count what the needs say (the catering counts keep their figures, without the
 * needs themselves) and its writes commit or roll back with the erasure.
 */
public record CongressNeedsErasing(long congressId) {}
