package de.ddnhamburg.network.domain.group;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface GroupPostRepository extends JpaRepository<GroupPost, Long> {

    /** Top-level posts, pinned first, then newest first. */
    @Query("select p from GroupPost p where p.groupId = :groupId and p.parentId is null"
            + " order by p.pinned desc, p.createdAt desc, p.id desc")
    List<GroupPost> findTopLevel(long groupId, Pageable pageable);

    @Query("select p from GroupPost p where p.parentId in :parentIds order by p.createdAt asc, p.id asc")
    List<GroupPost> findReplies(Collection<Long> parentIds);

    /** Rows of {@code [groupId, latest post time]}. */
    @Query("select p.groupId, max(p.createdAt) from GroupPost p group by p.groupId")
    List<Object[]> latestByGroup();

    List<GroupPost> findByAuthorIdOrderByCreatedAtAscIdAsc(long authorId);

    /** Top-level posts written in {@code [from, to)} and not removed, by group, oldest first. */
    @Query("select p from GroupPost p where p.parentId is null and p.removedAt is null"
            + " and p.createdAt >= :from and p.createdAt < :to order by p.groupId, p.createdAt, p.id")
    List<GroupPost> findNewTopLevel(Instant from, Instant to);

    @Modifying
    @Query("delete from GroupPost p where p.authorId = :authorId")
    int deleteOf(long authorId);
}
