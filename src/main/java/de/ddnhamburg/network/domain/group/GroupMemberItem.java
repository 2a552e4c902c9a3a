package de.ddnhamburg.network.domain.group;

/**
 * A member of a group by name. {@code profileVisible} says whether the viewer may open their
 * profile (asked of {@code MemberProfileService}); the name alone every member may see.
 */
public record GroupMemberItem(
        long memberId,
        String displayName,
        String initials,
        GroupRole role,
        MembershipStatus status,
        boolean profileVisible) {}
