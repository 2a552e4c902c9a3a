package de.ddnhamburg.network.domain.congress;

/**
 * An admin moved a registration to another ticket category (and price), published inside the
 * changing transaction: for whatever must follow in the same transaction (a credit note and a new
 * invoice).
 */
public record CongressCategoryChanged(long congressId, long registrationId, long fromCategoryId, long toCategoryId) {}
