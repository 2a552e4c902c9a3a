package de.ddnhamburg.network.domain.group;

/** Who can find a group. A hidden group is, for everybody else, as if it did not exist. */
public enum GroupVisibility {
    LISTED,
    HIDDEN
}
