package de.ddnhamburg.network.domain.group;

/** How a member becomes part of a group. */
public enum JoinPolicy {
    /** Joining takes effect at once. */
    OPEN,
    /** The member asks; a moderator approves or declines. */
    ON_REQUEST,
    /** Only moderators invite; the invited member accepts or declines. */
    INVITE_ONLY
}
