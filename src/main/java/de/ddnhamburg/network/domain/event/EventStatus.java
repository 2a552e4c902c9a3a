package de.ddnhamburg.network.domain.event;

/** Drafts are seen by admins only; cancelled events take no registrations. */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
