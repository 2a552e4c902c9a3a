package de.ddnhamburg.network.domain.member;

import java.util.List;
import java.util.Set;

/**
 * What profiles and suggestions need to know about events (issue 16). Declared here and implemented
 * by the event feature, which depends on the member feature (like {@link MemberCongressLookup}).
 * Both ask for the signed-in member: only events they may see count (an event of a group hidden
 * from them does not exist for them), and only the other's registrations that they opted in to the
 * participant list.
 */
public interface MemberEventLookup {

    /**
     * Events (not cancelled) at which both hold a confirmed place, {@code otherMemberId} shows in the
     * participant list, and the signed-in member {@code memberId} may see; newest first.
     */
    List<EventRef> sharedEvents(long memberId, long otherMemberId);

    /** Members with whom {@code memberId} shares such an event: one more thing in common for suggestions. */
    Set<Long> fellowParticipants(long memberId);
}
