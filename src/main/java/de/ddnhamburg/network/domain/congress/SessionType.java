package de.ddnhamburg.network.domain.congress;

/** Kinds of congress sessions; only workshops have seats of their own. */
public enum SessionType {
    KEYNOTE,
    PANEL,
    FORUM,
    WORKSHOP
}
