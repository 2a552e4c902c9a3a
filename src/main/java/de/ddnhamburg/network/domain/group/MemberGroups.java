package de.ddnhamburg.network.domain.group;

import java.util.Set;

/**
 * The groups a member belongs to and those they moderate.
 *
 * @param active groups with an active membership (moderators included)
 * @param moderated groups the member moderates, a subset of {@code active}
 */
public record MemberGroups(Set<Long> active, Set<Long> moderated) {

    public MemberGroups {
        active = Set.copyOf(active);
        moderated = Set.copyOf(moderated);
    }
}
