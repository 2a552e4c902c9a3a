package de.ddnhamburg.network.domain.event;

/** Who may see an event and register for it. */
public enum EventAudience {
    /** Everyone, guests without an account included; the only audience that may admit guests. */
    PUBLIC,
    /** Signed-in members. */
    MEMBERS,
    /** Active members of the organising group. */
    GROUP_MEMBERS
}
