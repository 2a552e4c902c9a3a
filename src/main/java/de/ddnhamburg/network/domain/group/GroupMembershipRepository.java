package de.ddnhamburg.network.domain.group;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface GroupMembershipRepository extends JpaRepository<GroupMembership, Long> {

    Optional<GroupMembership> findByGroupIdAndMemberId(long groupId, long memberId);

    List<GroupMembership> findByGroupId(long groupId);

    List<GroupMembership> findByMemberId(long memberId);

    long countByStatus(MembershipStatus status);

    long countByGroupIdAndMemberIdAndStatus(long groupId, long memberId, MembershipStatus status);

    long countByGroupIdAndRoleAndStatus(long groupId, GroupRole role, MembershipStatus status);

    List<GroupMembership> findByGroupIdAndRoleAndStatus(long groupId, GroupRole role, MembershipStatus status);

    List<GroupMembership> findByGroupIdAndStatusAndNotification(
            long groupId, MembershipStatus status, GroupNotification notification);

    List<GroupMembership> findByGroupIdInAndStatusAndNotification(
            Collection<Long> groupIds, MembershipStatus status, GroupNotification notification);

    /** Rows of {@code [groupId, count]} of active members. */
    @Query("select m.groupId, count(m) from GroupMembership m where m.status = :status group by m.groupId")
    List<Object[]> countByGroup(MembershipStatus status);

    @Modifying
    @Query("delete from GroupMembership m where m.memberId = :memberId")
    int deleteOf(long memberId);
}
