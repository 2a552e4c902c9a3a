package de.ddnhamburg.network.domain.group;

/** The state of one member's row in one group. */
public enum MembershipStatus {
    ACTIVE,
    /** Asked to join a group with {@link JoinPolicy#ON_REQUEST}. */
    REQUESTED,
    /** Invited by a moderator, not answered yet. */
    INVITED
}
