package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for an admin's decision, for the badge in the navigation; the daily mail about it is
 * {@link ApprovalReminder}'s.
 */
@Service
@Transactional(readOnly = true)
public class ApprovalsService {

    private final MemberLookup members;
    private final GroupMembershipRepository memberships;

    ApprovalsService(MemberLookup members, GroupMembershipRepository memberships) {
        this.members = members;
        this.memberships = memberships;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public WaitingApprovals waiting() {
        return count();
    }

    /** Without a user, for the scheduled reminder. */
    WaitingApprovals count() {
        return new WaitingApprovals(
                members.countWaitingApplications(), memberships.countByStatus(MembershipStatus.REQUESTED));
    }
}
