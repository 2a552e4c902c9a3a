package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One member in one group: asked, invited or active, as member or moderator. Unique per pair. */
@Entity
@Table(name = "group_membership")
class GroupMembership extends AbstractEntity {

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GroupRole role = GroupRole.MEMBER;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipStatus status = MembershipStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GroupNotification notification = GroupNotification.DIGEST;

    protected GroupMembership() {}

    GroupMembership(long groupId, long memberId, GroupRole role, MembershipStatus status) {
        this.groupId = groupId;
        this.memberId = memberId;
        this.role = role;
        this.status = status;
    }

    long getGroupId() {
        return groupId;
    }

    long getMemberId() {
        return memberId;
    }

    GroupRole getRole() {
        return role;
    }

    MembershipStatus getStatus() {
        return status;
    }

    GroupNotification getNotification() {
        return notification;
    }

    void setNotification(GroupNotification notification) {
        this.notification = notification;
    }

    boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    boolean isActiveModerator() {
        return isActive() && role == GroupRole.MODERATOR;
    }

    void activate() {
        this.status = MembershipStatus.ACTIVE;
    }

    void makeModerator() {
        this.role = GroupRole.MODERATOR;
        this.status = MembershipStatus.ACTIVE;
    }

    GroupStanding standing() {
        return switch (status) {
            case REQUESTED -> GroupStanding.REQUESTED;
            case INVITED -> GroupStanding.INVITED;
            case ACTIVE -> role == GroupRole.MODERATOR ? GroupStanding.MODERATOR : GroupStanding.MEMBER;
        };
    }
}
