package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The per-object rules every group service applies to the caller, in one place: a hidden group
 * does not exist for whoever is not in it (nor invited), only its active moderators (and admins)
 * moderate it, only its active members post, and an archived group takes no changes. Runs inside
 * the calling service's transaction.
 */
@Component
class GroupAccess {

    private final ExpertGroupRepository groups;
    private final GroupMembershipRepository memberships;
    private final MemberLookup members;
    private final CurrentUser currentUser;

    GroupAccess(
            ExpertGroupRepository groups,
            GroupMembershipRepository memberships,
            MemberLookup members,
            CurrentUser currentUser) {
        this.groups = groups;
        this.memberships = memberships;
        this.members = members;
        this.currentUser = currentUser;
    }

    long me() {
        return currentUser.requireMemberId();
    }

    boolean isAdmin() {
        return currentUser.isAdmin();
    }

    /**
     * A group as the list shows it ({@link ExpertGroup#isVisibleTo}): a hidden group is found only by
     * its members, invited members and admins, an archived one only by its members and admins.
     */
    ExpertGroup visibleGroup(long me, long groupId) {
        ExpertGroup group = groups.findById(groupId).orElseThrow(NotFoundException::new);
        if (!group.isVisibleTo(memberships.findByGroupIdAndMemberId(groupId, me).orElse(null), isAdmin())) {
            throw new NotFoundException();
        }
        return group;
    }

    /** A group I may see and that still takes joins and posts. */
    ExpertGroup openGroup(long me, long groupId) {
        ExpertGroup group = visibleGroup(me, groupId);
        requireWritable(group);
        return group;
    }

    /** A group I may see and moderate; one I see but do not moderate is refused. */
    ExpertGroup moderatedGroup(long groupId) {
        long me = me();
        ExpertGroup group = visibleGroup(me, groupId);
        if (!moderates(me, groupId)) {
            throw new AccessDeniedException("Only the group's moderators do this");
        }
        return group;
    }

    boolean moderates(long me, long groupId) {
        return isAdmin()
                || memberships
                        .findByGroupIdAndMemberId(groupId, me)
                        .filter(GroupMembership::isActiveModerator)
                        .isPresent();
    }

    void requireActiveMember(long me, long groupId) {
        if (memberships.countByGroupIdAndMemberIdAndStatus(groupId, me, MembershipStatus.ACTIVE) == 0) {
            throw new AccessDeniedException("Only the group's members post");
        }
    }

    /** Members read a group's posts; admins too, so that they can moderate any group. */
    void requireReader(long me, long groupId) {
        if (!isAdmin()) {
            requireActiveMember(me, groupId);
        }
    }

    static void requireWritable(ExpertGroup group) {
        if (group.isArchived()) {
            throw new DomainException("group.archived");
        }
    }

    /** A member who exists; an unknown id answers as not found. */
    MemberIdentity member(long memberId) {
        return members.find(memberId).orElseThrow(NotFoundException::new);
    }
}
