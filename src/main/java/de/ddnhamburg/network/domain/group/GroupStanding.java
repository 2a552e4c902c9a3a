package de.ddnhamburg.network.domain.group;

/** Where the signed-in member stands in a group; decides which actions the group page offers. */
public enum GroupStanding {
    NONE,
    REQUESTED,
    INVITED,
    MEMBER,
    MODERATOR
}
