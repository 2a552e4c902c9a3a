package de.ddnhamburg.network.domain.group;

/** How a member hears of new posts in one group. New memberships start with {@link #DIGEST}. */
public enum GroupNotification {
    /** A mail for every new post (and for replies to my own posts). */
    EACH_POST,
    /** One mail a week with the new posts of all my groups that set this. */
    DIGEST,
    /** No mails about posts. */
    NONE
}
