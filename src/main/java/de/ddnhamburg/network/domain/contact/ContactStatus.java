package de.ddnhamburg.network.domain.contact;

/** How the signed-in member stands with another member, for what a profile page offers. */
public enum ContactStatus {
    SELF,
    /** Nothing between them: a request can be sent. */
    NONE,
    /** My request waits for an answer (or was ignored, which I am not told). */
    REQUEST_SENT,
    /** Their request waits for my answer. */
    REQUEST_RECEIVED,
    CONTACTS,
    BLOCKED_BY_ME,
    /** They blocked me. Said as little as possible: no request is possible, not why. */
    UNAVAILABLE
}
