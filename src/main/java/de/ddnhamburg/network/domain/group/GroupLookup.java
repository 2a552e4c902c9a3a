package de.ddnhamburg.network.domain.group;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group memberships and names for features that build on groups, such as events that a group
 * organises or that only its members may see. Like {@code member.MemberLookup} it applies no
 * visibility rules (it names hidden groups too), so it is a component that views and endpoints
 * may not use; the calling feature decides what it shows.
 */
@Component
@Transactional(readOnly = true)
public class GroupLookup {

    private final GroupMembershipRepository memberships;
    private final ExpertGroupRepository groups;

    GroupLookup(GroupMembershipRepository memberships, ExpertGroupRepository groups) {
        this.memberships = memberships;
        this.groups = groups;
    }

    /** The groups the member belongs to (active members and moderators, not requests or invitations). */
    public Set<Long> activeGroupsOf(long memberId) {
        return memberships.findByMemberId(memberId).stream()
                .filter(membership -> membership.getStatus() == MembershipStatus.ACTIVE)
                .map(GroupMembership::getGroupId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The groups the member belongs to and those they moderate, from one query. */
    public MemberGroups groupsOf(long memberId) {
        List<GroupMembership> active = memberships.findByMemberId(memberId).stream()
                .filter(membership -> membership.getStatus() == MembershipStatus.ACTIVE)
                .toList();
        return new MemberGroups(
                active.stream().map(GroupMembership::getGroupId).collect(Collectors.toUnmodifiableSet()),
                active.stream()
                        .filter(membership -> membership.getRole() == GroupRole.MODERATOR)
                        .map(GroupMembership::getGroupId)
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** Active members of the group, moderators included. */
    public Set<Long> activeMembersOf(long groupId) {
        return memberships.findByGroupId(groupId).stream()
                .filter(membership -> membership.getStatus() == MembershipStatus.ACTIVE)
                .map(GroupMembership::getMemberId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the group exists and is not archived, so that new things may be attached to it. */
    public boolean isOpen(long groupId) {
        return groups.findById(groupId).filter(group -> !group.isArchived()).isPresent();
    }

    /** Names of the groups, in one query; unknown ids are missing from the result. */
    public Map<Long, String> names(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return groups.findAllById(groupIds).stream().collect(Collectors.toMap(ExpertGroup::id, ExpertGroup::getName));
    }

    /**
     * Names of those groups that the viewer may see, by the rule of the group list
     * ({@link ExpertGroup#isVisibleTo}): what a feature may show about an organising group.
     * Unknown ids and groups the viewer may not see are missing from the result.
     *
     * @param viewerId {@code null} for a guest
     */
    public Map<Long, String> visibleNames(Collection<Long> groupIds, @Nullable Long viewerId, boolean admin) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, GroupMembership> mine = viewerId == null
                ? Map.of()
                : memberships.findByMemberId(viewerId).stream()
                        .collect(Collectors.toMap(GroupMembership::getGroupId, membership -> membership));
        return groups.findAllById(groupIds).stream()
                .filter(group -> group.isVisibleTo(mine.get(group.id()), admin))
                .collect(Collectors.toMap(ExpertGroup::id, ExpertGroup::getName));
    }

    /** Whether the viewer may see the group at all ({@code null}: a guest); an unknown group they may not. */
    public boolean isVisible(long groupId, @Nullable Long viewerId, boolean admin) {
        return !visibleNames(Set.of(groupId), viewerId, admin).isEmpty();
    }

    /** Whether the group is hidden from everybody outside it. */
    public boolean isHidden(long groupId) {
        return groups.findById(groupId).filter(ExpertGroup::isHidden).isPresent();
    }

    /** All groups by id and name, hidden ones included: for admins choosing an organiser. */
    public Map<Long, String> allOpenGroups() {
        return groups.findAll().stream()
                .filter(group -> !group.isArchived())
                .collect(Collectors.toMap(ExpertGroup::id, ExpertGroup::getName, (a, b) -> a));
    }
}
