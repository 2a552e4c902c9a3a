package de.ddnhamburg.network.domain.member;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A member as other members may see them in a list of people, such as an event's participants:
 * the name (which every member sees), the organisation and topics only where their owner opened
 * them to all members.
 *
 * @param listed active and listed in the directory; a hidden profile is not shown to other members
 * @param openTopicIds the member's topics if opened to all members, else empty
 */
public record ParticipantProfile(
        long id, String displayName, @Nullable String organisation, boolean listed, Set<Long> openTopicIds) {}
