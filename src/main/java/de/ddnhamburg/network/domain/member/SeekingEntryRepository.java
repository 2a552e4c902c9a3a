package de.ddnhamburg.network.domain.member;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SeekingEntryRepository extends JpaRepository<SeekingEntry, Long> {

    List<SeekingEntry> findByMemberIdOrderByDirectionAscCreatedAtAscIdAsc(long memberId);

    long countByMemberId(long memberId);

    /** Entries of others created in the period, for the weekly mail about matches. */
    @Query("select e from SeekingEntry e where e.createdAt > :from and e.createdAt <= :to order by e.createdAt, e.id")
    List<SeekingEntry> findCreatedBetween(Instant from, Instant to);

    List<SeekingEntry> findByMemberIdIn(java.util.Collection<Long> memberIds);

    @Modifying
    @Query("delete from SeekingEntry e where e.memberId = :memberId")
    int deleteOf(long memberId);
}
