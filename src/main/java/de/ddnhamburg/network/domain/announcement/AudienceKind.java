package de.ddnhamburg.network.domain.announcement;

/**
 * Whom an announcement goes to. Only members with an account that can log in (status active) are
 * written to, never guests: see {@link AudienceResolver}.
 */
public enum AudienceKind {
    /** Every active member. */
    ALL_MEMBERS,
    /** The active members of one expert group, moderators included. */
    GROUP_MEMBERS,
    /**
     * The registrations of a congress, narrowed by category, a workshop they hold a seat in, and
     * status; with the status "waiting list" this is a category's waiting list.
     */
    CONGRESS_PARTICIPANTS,
    /** Those waiting for a seat in one workshop of a congress. */
    WORKSHOP_WAITING_LIST,
    /** Those waiting for a seat of a coming event. */
    EVENT_WAITING_LIST
}
