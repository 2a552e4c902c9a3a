package de.ddnhamburg.network.domain.contact;

/** Where two contacts met: the event named by the request that made them contacts. */
public record MetAt(long eventId, String eventTitle) {}
