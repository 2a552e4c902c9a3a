package de.ddnhamburg.network.domain.event;

/** Diskussionsrunde, Fachveranstaltung, Workshop, Netzwerktreffen. */
public enum EventType {
    DISCUSSION_ROUND,
    SPECIALIST_EVENT,
    WORKSHOP,
    NETWORK_MEETING
}
