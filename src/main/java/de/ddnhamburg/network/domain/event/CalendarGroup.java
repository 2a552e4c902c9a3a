package de.ddnhamburg.network.domain.event;

/** A group that organises events the caller may see, to filter the calendar by. */
public record CalendarGroup(long id, String name) {}
