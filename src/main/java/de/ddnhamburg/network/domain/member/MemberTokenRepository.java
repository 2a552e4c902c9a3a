package de.ddnhamburg.network.domain.member;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The updates do not clear the persistence context: that would detach the member the caller is
 * about to change in the same transaction. Callers do not read a token's state after updating it.
 */
interface MemberTokenRepository extends JpaRepository<MemberToken, Long> {

    Optional<MemberToken> findByTokenHash(String tokenHash);

    /** Uses the token up; returns 0 when another request used it first (or it was replaced). */
    @Modifying(flushAutomatically = true)
    @Query("update MemberToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
    int markUsed(long id, Instant now);

    /** Replaces every link of this purpose that could still be used. */
    @Modifying(flushAutomatically = true)
    @Query("update MemberToken t set t.usedAt = :now "
            + "where t.memberId = :memberId and t.purpose = :purpose and t.usedAt is null")
    int markAllUsed(long memberId, TokenPurpose purpose, Instant now);

    long countByMemberIdAndPurposeAndCreatedAtAfter(long memberId, TokenPurpose purpose, Instant since);

    Optional<MemberToken> findFirstByMemberIdAndPurposeAndUsedAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(
            long memberId, TokenPurpose purpose, Instant now);

    List<MemberToken> findByMemberIdOrderByCreatedAtAscIdAsc(long memberId);

    @Modifying
    @Query("delete from MemberToken t where t.memberId = :memberId")
    int deleteByMember(long memberId);

    @Modifying
    @Query("delete from MemberToken t where t.usedAt < :before or t.expiresAt < :before")
    int deleteUsedOrExpiredBefore(java.time.Instant before);
}
