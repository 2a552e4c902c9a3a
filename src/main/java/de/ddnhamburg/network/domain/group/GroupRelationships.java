package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.member.GroupRef;
import de.ddnhamburg.network.domain.member.MemberGroupLookup;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the member feature about groups: which ones a member may filter the directory by, and
 * which ones two members share. Kept apart from {@link GroupReadService}, which uses the member
 * feature's services: one bean each way would be a circular dependency. A few dozen groups exist,
 * so this filters in memory.
 */
@Component
@Transactional(readOnly = true)
class GroupRelationships implements MemberGroupLookup {

    private final ExpertGroupRepository groups;
    private final GroupMembershipRepository memberships;

    GroupRelationships(ExpertGroupRepository groups, GroupMembershipRepository memberships) {
        this.groups = groups;
        this.memberships = memberships;
    }

    @Override
    public List<GroupRef> directoryGroups(long memberId) {
        Set<Long> mine = activeGroupIds(memberId);
        return groups.findAllByOrderByNameAsc().stream()
                .filter(group -> mayFilterBy(group, mine))
                .map(GroupRelationships::ref)
                .toList();
    }

    @Override
    public boolean mayFilterBy(long memberId, long groupId) {
        return groups.findById(groupId)
                .filter(group -> mayFilterBy(group, activeGroupIds(memberId)))
                .isPresent();
    }

    /** A hidden group's members are known only to its members; archived groups only list for them too. */
    private static boolean mayFilterBy(ExpertGroup group, Set<Long> mine) {
        return mine.contains(group.id()) || (!group.isHidden() && !group.isArchived());
    }

    @Override
    public List<GroupRef> sharedGroups(long memberId, long otherMemberId) {
        Set<Long> mine = activeGroupIds(memberId);
        mine.retainAll(activeGroupIds(otherMemberId));
        if (mine.isEmpty()) {
            return List.of();
        }
        return groups.findAllById(mine).stream()
                .map(GroupRelationships::ref)
                .sorted(Comparator.comparing(GroupRef::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private Set<Long> activeGroupIds(long memberId) {
        return memberships.findByMemberId(memberId).stream()
                .filter(GroupMembership::isActive)
                .map(GroupMembership::getGroupId)
                .collect(Collectors.toSet());
    }

    private static GroupRef ref(ExpertGroup group) {
        return new GroupRef(group.id(), group.getName());
    }
}
