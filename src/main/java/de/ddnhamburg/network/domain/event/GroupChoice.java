package de.ddnhamburg.network.domain.event;

/** A group an organiser may choose as the organiser of an event. */
public record GroupChoice(long id, String name) {}
