package de.ddnhamburg.network.domain.member;

import java.util.List;

/**
 * What the directory and profiles need to know about expert groups. Declared here and implemented
 * by the group feature, which depends on the member feature, so the dependency runs one way (like
 * {@link ContactLookup}). The directory's SQL reads the active memberships itself
 * ({@code group_membership}), so that a group filter is one indexed condition; whether the viewer
 * may use a group at all is asked here.
 */
public interface MemberGroupLookup {

    /**
     * Groups {@code memberId} may filter the directory by, by name: every listed group that is not
     * archived, and every group the member is an active member of (also hidden and archived ones).
     */
    List<GroupRef> directoryGroups(long memberId);

    /** Whether {@code memberId} may filter the directory by the group; false for unknown groups. */
    boolean mayFilterBy(long memberId, long groupId);

    /**
     * Groups both members are active members of, by name. Hidden groups included: both are in them,
     * so neither learns anything new.
     */
    List<GroupRef> sharedGroups(long memberId, long otherMemberId);
}
