package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.common.RetryOnLostRace;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.security.Roles;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to a group: members join, ask, accept invitations and leave; a group's moderators
 * (and admins) approve, decline, invite, remove and appoint, which is audited.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class GroupMembershipService {

    private final GroupMembershipRepository memberships;
    private final MemberLookup members;
    private final MailOutbox outbox;
    private final PublicLinks links;
    private final AuditService audit;
    private final GroupAccess access;
    private final MemberProfileService profiles;

    GroupMembershipService(
            GroupMembershipRepository memberships,
            MemberLookup members,
            MailOutbox outbox,
            PublicLinks links,
            AuditService audit,
            GroupAccess access,
            MemberProfileService profiles) {
        this.memberships = memberships;
        this.members = members;
        this.outbox = outbox;
        this.links = links;
        this.audit = audit;
        this.access = access;
        this.profiles = profiles;
    }

    // ---------------------------------------------------------------- the member's own

    /**
     * Joins an open group at once, asks to join one on request (and mails its moderators), or
     * accepts an invitation. Joining twice, also in two racing requests, gives one membership: the
     * loser of a race on the membership's unique key is run again and finds the winner's.
     */
    @RetryOnLostRace
    public GroupStanding join(long groupId) {
        long me = access.me();
        ExpertGroup group = access.openGroup(me, groupId);
        Optional<GroupMembership> existing = memberships.findByGroupIdAndMemberId(groupId, me);
        if (existing.isPresent()) {
            GroupMembership membership = existing.get();
            if (membership.getStatus() == MembershipStatus.INVITED) {
                membership.activate();
            }
            return membership.standing();
        }
        return switch (group.getJoinPolicy()) {
            case OPEN ->
                memberships
                        .saveAndFlush(new GroupMembership(groupId, me, GroupRole.MEMBER, MembershipStatus.ACTIVE))
                        .standing();
            case ON_REQUEST -> {
                GroupMembership request = memberships.saveAndFlush(
                        new GroupMembership(groupId, me, GroupRole.MEMBER, MembershipStatus.REQUESTED));
                mailModerators(group, me, request);
                yield request.standing();
            }
            case INVITE_ONLY -> throw new DomainException("group.join.inviteOnly");
        };
    }

    private void mailModerators(ExpertGroup group, long requesterId, GroupMembership request) {
        MemberIdentity requester = access.member(requesterId);
        List<Long> moderatorIds =
                memberships
                        .findByGroupIdAndRoleAndStatus(group.id(), GroupRole.MODERATOR, MembershipStatus.ACTIVE)
                        .stream()
                        .map(GroupMembership::getMemberId)
                        .toList();
        for (MemberIdentity moderator : members.findAll(moderatorIds).values()) {
            outbox.enqueue(MailRequest.of(
                    "group.joinRequest:" + request.getId() + ":" + request.getCreatedAt() + ":" + moderator.id(),
                    moderator.email(),
                    moderator.language(),
                    MailTemplate.GROUP_JOIN_REQUEST,
                    moderator.displayName(),
                    requester.displayName(),
                    group.getName(),
                    links.group(group.id())));
        }
    }

    /** How I hear of new posts in a group I am an active member of. */
    public void setNotification(long groupId, GroupNotification notification) {
        long me = access.me();
        access.visibleGroup(me, groupId);
        memberships
                .findByGroupIdAndMemberId(groupId, me)
                .filter(GroupMembership::isActive)
                .orElseThrow(() -> new AccessDeniedException("Only the group's members choose notifications"))
                .setNotification(notification);
    }

    /** Takes back my request to join. Withdrawing twice changes nothing. */
    public void withdrawRequest(long groupId) {
        deleteMine(groupId, MembershipStatus.REQUESTED);
    }

    /** Declines an invitation; the moderators may invite again. */
    public void declineInvitation(long groupId) {
        deleteMine(groupId, MembershipStatus.INVITED);
    }

    private void deleteMine(long groupId, MembershipStatus status) {
        long me = access.me();
        access.visibleGroup(me, groupId);
        memberships
                .findByGroupIdAndMemberId(groupId, me)
                .filter(membership -> membership.getStatus() == status)
                .ifPresent(memberships::delete);
    }

    /** Leaves a group. The last moderator must appoint another first. */
    public void leave(long groupId) {
        long me = access.me();
        access.visibleGroup(me, groupId);
        Optional<GroupMembership> mine = memberships.findByGroupIdAndMemberId(groupId, me);
        if (mine.isEmpty()) {
            return;
        }
        requireNotLastModerator(mine.get());
        memberships.delete(mine.get());
    }

    // ---------------------------------------------------------------- moderators

    public void approve(long groupId, long memberId) {
        ExpertGroup group = access.moderatedGroup(groupId);
        GroupMembership request = memberships
                .findByGroupIdAndMemberId(groupId, memberId)
                .filter(membership -> membership.getStatus() != MembershipStatus.INVITED)
                .orElseThrow(NotFoundException::new);
        if (request.getStatus() == MembershipStatus.REQUESTED) {
            request.activate();
            audit.record(AuditAction.GROUP_MEMBER_APPROVED, group.auditTarget(), group.auditDetail(memberId));
        }
    }

    public void decline(long groupId, long memberId) {
        ExpertGroup group = access.moderatedGroup(groupId);
        memberships
                .findByGroupIdAndMemberId(groupId, memberId)
                .filter(membership -> membership.getStatus() == MembershipStatus.REQUESTED)
                .ifPresent(request -> {
                    memberships.delete(request);
                    audit.record(AuditAction.GROUP_MEMBER_DECLINED, group.auditTarget(), group.auditDetail(memberId));
                });
    }

    /** Invites a member; inviting someone who already asked lets them in at once. */
    public void invite(long groupId, long memberId) {
        ExpertGroup group = access.moderatedGroup(groupId);
        GroupAccess.requireWritable(group);
        // Only active members the moderator may see (as the directory the picker searches shows them).
        profiles.requireVisible(memberId);
        Optional<GroupMembership> existing = memberships.findByGroupIdAndMemberId(groupId, memberId);
        if (existing.isPresent()) {
            if (existing.get().getStatus() == MembershipStatus.REQUESTED) {
                existing.get().activate();
                audit.record(AuditAction.GROUP_MEMBER_APPROVED, group.auditTarget(), group.auditDetail(memberId));
            }
            return;
        }
        memberships.save(new GroupMembership(groupId, memberId, GroupRole.MEMBER, MembershipStatus.INVITED));
        audit.record(AuditAction.GROUP_MEMBER_INVITED, group.auditTarget(), group.auditDetail(memberId));
    }

    /** Removes a member (or withdraws an invitation). Leaving oneself is {@link #leave}. */
    public void removeMember(long groupId, long memberId) {
        ExpertGroup group = access.moderatedGroup(groupId);
        if (memberId == access.me()) {
            throw new DomainException("group.remove.self");
        }
        Optional<GroupMembership> membership = memberships.findByGroupIdAndMemberId(groupId, memberId);
        if (membership.isEmpty()) {
            return;
        }
        requireNotLastModerator(membership.get());
        memberships.delete(membership.get());
        audit.record(AuditAction.GROUP_MEMBER_REMOVED, group.auditTarget(), group.auditDetail(memberId));
    }

    /** Makes an active member (or, for admins, any member) a moderator. */
    public void appointModerator(long groupId, long memberId) {
        ExpertGroup group = access.moderatedGroup(groupId);
        Optional<GroupMembership> membership = memberships.findByGroupIdAndMemberId(groupId, memberId);
        if (membership.isPresent() && membership.get().isActiveModerator()) {
            return;
        }
        if (!access.isAdmin() && (membership.isEmpty() || !membership.get().isActive())) {
            throw new DomainException("group.appoint.notMember");
        }
        access.member(memberId);
        membership.ifPresentOrElse(
                GroupMembership::makeModerator,
                () -> memberships.save(
                        new GroupMembership(groupId, memberId, GroupRole.MODERATOR, MembershipStatus.ACTIVE)));
        audit.record(AuditAction.GROUP_MODERATOR_APPOINTED, group.auditTarget(), group.auditDetail(memberId));
    }

    private void requireNotLastModerator(GroupMembership membership) {
        if (membership.isActiveModerator()
                && memberships.countByGroupIdAndRoleAndStatus(
                                membership.getGroupId(), GroupRole.MODERATOR, MembershipStatus.ACTIVE)
                        <= 1) {
            throw new DomainException("group.leave.lastModerator");
        }
    }
}
