package de.ddnhamburg.network.domain.congress;

import java.util.Set;

/**
 * The people of a part of a congress, as {@link CongressParticipantLookup} finds them: the members
 * among them by id (each once, however many of their choices match), and how many registrations of
 * guests (without an account) match too.
 */
public record CongressAudience(Set<Long> memberIds, long guests) {

    public CongressAudience {
        memberIds = Set.copyOf(memberIds);
    }
}
