package de.ddnhamburg.network.domain.common;

/** The member whose data is exported or erased: their id and their current login address. */
public record DataSubject(long memberId, String email) {}
