package de.ddnhamburg.network.domain.event;

import java.util.List;

/**
 * What an organiser may choose as an event's organiser.
 *
 * @param groups the groups they may name, by name
 * @param withoutGroup whether they may leave the group empty (admins only)
 */
public record OrganiserChoices(List<GroupChoice> groups, boolean withoutGroup) {

    public OrganiserChoices {
        groups = List.copyOf(groups);
    }
}
