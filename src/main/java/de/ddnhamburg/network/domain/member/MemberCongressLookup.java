package de.ddnhamburg.network.domain.member;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What profiles and suggestions need to know about the congress. Declared here and implemented by
 * the congress feature, which depends on the member feature, so the dependency runs one way (like
 * {@link MemberGroupLookup}). Only registrations whose owner opted in to the participant list count
 * for others: nobody learns through a profile who registered without showing it.
 */
public interface MemberCongressLookup {

    /**
     * Congresses (not drafts) at which both hold a confirmed place and {@code otherMemberId} opted in
     * to the participant list.
     */
    List<CongressRef> sharedCongresses(long memberId, long otherMemberId);

    /**
     * Members with a confirmed place and opted in at an upcoming congress where {@code memberId}
     * holds a confirmed place too, with that congress: people to meet there.
     */
    Map<Long, CongressRef> fellowAttendees(long memberId);

    /**
     * Members with whom {@code memberId} shares a congress as {@link #sharedCongresses} counts it,
     * past or upcoming: having been at the same congress is one more thing in common for the
     * suggestions, as it is on the profile.
     */
    Set<Long> fellowRegistrants(long memberId);
}
